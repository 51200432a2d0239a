"""The large lists (apprenticeships, learners) page by cursor, render the serializers' shapes
from plain rows, and cost the same number of queries on every page."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from epa.learners.api.serializers import ApprenticeshipSerializer, LearnerSerializer
from epa.learners.models import Apprenticeship, Learner
from tests.support.sync import SYNC_URL, sync_record, valid_ulns

URL = "/api/v1/apprenticeships/"
LEARNERS_URL = "/api/v1/learners/"
STARTS = ["2024-09-01", "2024-09-01", "2024-09-01", "2023-01-15", "2025-02-03", "2024-09-01",
          "2023-01-15"]


@pytest.fixture
def stored(world):
    """Seven apprenticeships of provider1, several sharing a start date, one with
    achievements and one without option or EPAO."""
    records = [sync_record(world, uln, start_date=start, family_name=f"Name {i % 3}",
                           given_names="Same")
               for i, (uln, start) in enumerate(zip(valid_ulns(len(STARTS)), STARTS,
                                                    strict=True))]
    records[1]["achievements"] = [
        {"subject": "maths", "level": 2, "qualification_type": "gcse",
         "achieved_on": "2019-08-20", "evidence_reference": "cert 1"},
        {"subject": "english", "level": 2, "qualification_type": "gcse",
         "achieved_on": "2019-08-20", "evidence_reference": ""}]
    records[2].update(option=None, epao=None)
    response = world.key_client("provider1").post(SYNC_URL, {"records": records},
                                                  format="json")
    assert response.json()["summary"]["created"] == len(STARTS), response.json()
    return world.client("provider1-admin")


def _walk(client, url: str, page_size: int, **params) -> list[dict]:
    rows, cursor = [], None
    while True:
        query = {"page_size": page_size, **params, **({"cursor": cursor} if cursor else {})}
        page = client.get(url, query).json()
        assert set(page) == {"next_cursor", "has_more", "results"}
        rows += page["results"]
        assert page["has_more"] == (page["next_cursor"] is not None)
        if not page["has_more"]:
            return rows
        cursor = page["next_cursor"]


@pytest.mark.parametrize("page_size", [1, 2, 3, 100])
def test_apprenticeship_pages_walk_the_list_in_order_once(stored, page_size):
    expected = list(Apprenticeship.objects.order_by("-start_date", "id").values_list(
        "id", flat=True))
    assert [r["id"] for r in _walk(stored, URL, page_size)] == expected


def test_apprenticeship_rows_render_as_the_serializer(stored):
    first, second, third = Apprenticeship.objects.order_by("id")[:3]
    Apprenticeship.objects.filter(pk__in=[second.pk, third.pk]).update(
        progressed_from=first, prior_learning_hours=12, prior_learning_note="Scheduling.")
    rows = stored.get(URL).json()["results"]
    models = Apprenticeship.objects.select_related(
        "learner", "standard_version__standard").prefetch_related("achievements")
    assert rows == [ApprenticeshipSerializer(models.get(pk=r["id"])).data for r in rows]
    assert any(r["achievements"] for r in rows) and any(r["epao"] is None for r in rows)
    assert {r["id"]: r["progressed_to"] for r in rows}[first.pk] == [second.pk, third.pk]


def test_filters_apply_before_the_cursor(stored):
    rows = _walk(stored, URL, 1, start_date_after="2024-01-01")
    assert [r["start_date"] for r in rows] == ["2025-02-03", *["2024-09-01"] * 4]


@pytest.mark.parametrize("page_size", [1, 2, 5])
def test_learner_pages_walk_the_list_in_order(stored, page_size):
    expected = list(Learner.objects.order_by("family_name", "given_names", "id").values_list(
        "id", flat=True))
    rows = _walk(stored, LEARNERS_URL, page_size)
    assert [r["id"] for r in rows] == expected
    assert rows == [LearnerSerializer(Learner.objects.get(pk=r["id"])).data for r in rows]


def test_a_name_with_the_separator_pages_on(world):
    records = [sync_record(world, uln, family_name=name)
               for uln, name in zip(valid_ulns(3), ["A|B", "A|B", "Zed"], strict=True)]
    world.key_client("provider1").post(SYNC_URL, {"records": records}, format="json")
    rows = _walk(world.client("provider1-admin"), LEARNERS_URL, 1)
    assert [r["family_name"] for r in rows] == ["A|B", "A|B", "Zed"]


@pytest.mark.parametrize("cursor", ["nonsense", "MjAyNC0wOS0wMXw=", "eHx5", "MjAyNC0wOS0wMXwxfDI="])
def test_a_cursor_the_api_did_not_give_is_a_400(stored, cursor):
    response = stored.get(URL, {"cursor": cursor})
    assert response.status_code == 400
    assert response.json()["errors"][0]["attr"] == "cursor"
    assert response.json()["errors"][0]["code"] == "invalid_cursor"


def test_no_total_is_counted_and_every_page_costs_the_same(stored, django_assert_num_queries):
    with CaptureQueriesContext(connection) as first:
        page = stored.get(URL, {"page_size": 2}).json()
    assert not any("COUNT(" in q["sql"].upper() for q in first.captured_queries)
    with django_assert_num_queries(len(first.captured_queries)):
        stored.get(URL, {"page_size": 2, "cursor": page["next_cursor"]})
    with django_assert_num_queries(len(first.captured_queries)):
        stored.get(URL, {"page_size": 100})


def test_the_list_tenancy_is_kept_across_pages(stored, world):
    assert _walk(world.client("provider2-admin"), URL, 2) == []
    assert len(_walk(world.client("employer1-staff"), URL, 2)) == len(STARTS)
    assert len(_walk(world.client("epao1-admin"), URL, 2)) == len(STARTS) - 1
    assert _walk(world.client("epao1-assessor"), URL, 2) == []
    assert _walk(world.client("employer2-staff"), LEARNERS_URL, 2) == []


def test_dates_in_cursors_round_trip():
    from epa.api.pagination import decode_position, encode_position

    when = dt.datetime(2025, 1, 2, 3, 4, 5, 6, tzinfo=dt.UTC)
    parsers = [dt.date.fromisoformat, lambda t: dt.datetime.fromisoformat(t), int]
    assert decode_position(encode_position([dt.date(2024, 9, 1), when, 7]), parsers) == [
        dt.date(2024, 9, 1), when, 7]


def _page_query(client, url: str, params: dict, table: str) -> str:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params).status_code == 200
    pages = [q["sql"] for q in captured.captured_queries
             if q["sql"].startswith("SELECT") and f'FROM "{table}"' in q["sql"]
             and "LIMIT" in q["sql"]]
    assert len(pages) == 1, pages
    return pages[0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plans")
@pytest.mark.parametrize("who", ["provider1-admin", "employer1-staff", "epao1-admin"])
@pytest.mark.parametrize(("url", "table"), [(URL, "learners_apprenticeship"),
                                            (URL + "changes/", "learners_apprenticeship"),
                                            (LEARNERS_URL, "learners_learner")])
def test_each_callers_pages_are_read_in_order_from_an_index(stored, world, who, url, table):
    """No sort: with sorting (and sequential scans) priced out, the plan of a page, first or
    later, still needs none, so an index serves the order after the caller's tenancy column."""
    client = world.client(who)
    first = client.get(url, {"page_size": 1}).json()
    later = {"page_size": 1, **({"cursor": first["next_cursor"]} if first["next_cursor"] else {})}
    for params in ({"page_size": 1}, later):
        sql = _page_query(client, url, params, table)
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_sort = off")
            cursor.execute(f"EXPLAIN {sql}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
        assert "Sort" not in plan, plan
