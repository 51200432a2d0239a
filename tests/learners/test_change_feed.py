"""GET /api/v1/apprenticeships/changes/ : a cursor over (updated_at, id) for sync clients."""

import datetime as dt

import pytest
from django.utils import timezone

from epa.learners.models import Apprenticeship
from tests.support.sync import sync_record, valid_ulns

pytestmark = pytest.mark.django_db
URL = "/api/v1/apprenticeships/changes/"


@pytest.fixture
def six(world):
    """Six apprenticeships of provider1, all changed 'a minute ago' at the same instant."""
    client = world.key_client("provider1")
    client.post("/api/v1/apprenticeships/sync/",
                {"records": [sync_record(world, u) for u in valid_ulns(6)]}, format="json")
    stamp = timezone.now() - dt.timedelta(minutes=1)
    Apprenticeship.objects.update(updated_at=stamp)
    return client


def _read_all(client, cursor=None, page_size=2, **params):
    ids = []
    while True:
        query = {"page_size": page_size, **params, **({"cursor": cursor} if cursor else {})}
        body = client.get(URL, query).json()
        ids += [r["id"] for r in body["results"]]
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return ids, cursor


def test_pages_through_rows_sharing_a_timestamp_without_gaps_or_repeats(six):
    ids, _ = _read_all(six)
    assert ids == sorted(Apprenticeship.objects.values_list("id", flat=True))


def test_resuming_from_the_last_cursor_returns_only_later_changes(six):
    _, cursor = _read_all(six)
    assert _read_all(six, cursor)[0] == []
    changed = Apprenticeship.objects.order_by("id")[2]
    Apprenticeship.objects.filter(pk=changed.pk).update(
        updated_at=timezone.now() - dt.timedelta(seconds=30))
    assert _read_all(six, cursor)[0] == [changed.pk]


def test_a_late_commit_is_not_skipped(six, settings):
    """A timestamp cursor alone skips a row whose transaction commits after a later row was
    read. The feed holds rows back for SYNC_FEED_LAG, so the late one is still served."""
    now = timezone.now()
    rows = list(Apprenticeship.objects.order_by("id"))
    # A: read by the client already (cursor after it). B: changed 2 s ago by a transaction that
    # committed at once. C: its transaction started 3 s ago and commits only now.
    a, b, c = rows[0], rows[1], rows[2]
    Apprenticeship.objects.exclude(pk=a.pk).update(updated_at=now + dt.timedelta(days=1))
    Apprenticeship.objects.filter(pk=a.pk).update(updated_at=now - dt.timedelta(seconds=60))
    _, cursor = _read_all(six)
    Apprenticeship.objects.filter(pk=b.pk).update(updated_at=now - dt.timedelta(seconds=2))
    served_now, cursor_now = _read_all(six, cursor)
    assert served_now == []  # B is inside the lag window: not served yet
    # Naive timestamp cursor would have served B and moved past it; now C commits, older than B.
    Apprenticeship.objects.filter(pk=c.pk).update(updated_at=now - dt.timedelta(seconds=3))
    settings.SYNC_FEED_LAG = dt.timedelta(seconds=0)  # time passes: both are now old enough
    later, _ = _read_all(six, cursor_now)
    assert later == [c.pk, b.pk]


def test_naive_timestamp_cursor_would_miss_the_late_commit(six, settings):
    """The same sequence without the lag: B is served first, and C, older, is then skipped."""
    settings.SYNC_FEED_LAG = dt.timedelta(seconds=0)
    now = timezone.now()
    rows = list(Apprenticeship.objects.order_by("id"))
    Apprenticeship.objects.update(updated_at=now + dt.timedelta(days=1))
    Apprenticeship.objects.filter(pk=rows[1].pk).update(updated_at=now - dt.timedelta(seconds=2))
    served, cursor = _read_all(six)
    assert served == [rows[1].pk]
    Apprenticeship.objects.filter(pk=rows[2].pk).update(updated_at=now - dt.timedelta(seconds=3))
    assert _read_all(six, cursor)[0] == []  # missed: this is why the feed lags


def test_filters_and_tenancy_apply(six, world):
    assert _read_all(world.client("provider2-admin"))[0] == []
    assert len(_read_all(world.client("employer1-admin"))[0]) == 6
    assert _read_all(six, updated_since="2100-01-01T00:00:00Z")[0] == []


@pytest.mark.parametrize("cursor", ["not-a-cursor", "bm9wZQ==", "MjAyNC0wMS0wMXx4"])
def test_bad_cursor_is_400_naming_it(six, cursor):
    response = six.get(URL, {"cursor": cursor})
    assert response.status_code == 400
    assert response.json()["errors"][0]["attr"] == "cursor"
    assert response.json()["errors"][0]["code"] == "invalid_cursor"


def test_queries_constant(six, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        six.get(URL, {"page_size": 1})
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert len(six.get(URL, {"page_size": 100}).json()["results"]) == 6


def test_a_learner_only_change_by_sync_is_in_the_feed(world):
    """The feed embeds the learner: a re-sync changing only the learner's name moves the
    apprenticeship in the feed, as a PATCH does."""

    client = world.key_client("provider1")
    uln = valid_ulns(1)[0]
    first = client.post("/api/v1/apprenticeships/sync/", {"records": [sync_record(world, uln)]},
                        format="json")
    assert first.json()["summary"]["created"] == 1
    before = Apprenticeship.objects.get().updated_at
    again = client.post("/api/v1/apprenticeships/sync/",
                        {"records": [sync_record(world, uln, family_name="Byron")]},
                        format="json")
    assert again.json()["summary"]["updated"] == 1
    assert Apprenticeship.objects.get().updated_at > before
