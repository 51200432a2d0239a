"""The results and outcomes reports over HTTP: columns, CSV streamed, figures that match the
rows, tenancy, filters and bad input."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from epa.reports.selectors import COLUMNS
from tests.support.pathways import seed_results

RESULTS = "/api/v1/reports/results/"
OUTCOMES = "/api/v1/reports/outcomes/"


def _quarter() -> str:
    today = timezone.localdate()
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"


@pytest.fixture
def seeded(world, plan):
    return seed_results(world)


def _rows(world, who, **params):
    response = world.client(who).get(RESULTS, params)
    assert response.status_code == 200, response.content[:300]
    return response.json()["results"]


def _csv(world, who, url=RESULTS, **params):
    response = world.client(who).get(url, {**params, "format": "csv"})
    assert response.status_code == 200, response.content[:300]
    assert response.streaming and response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_results_rows_have_the_columns_and_each_party_sees_its_own(world, seeded):
    rows = _rows(world, "epao1-admin")
    assert len(rows) == 3
    achiever = next(r for r in rows if r["outcome"] == "pass" and r["provider_ukprn"] == "10000001")
    assert achiever["method_grades"] == {"M1": "distinction", "M2": "pass"}
    assert (achiever["standard"], achiever["lars_code"], achiever["version"],
            achiever["option"], achiever["attempt"], achiever["attempt_kind"]) == (
        "ST0792", 598, "1.0", "Production coordinator", 1, "first")
    assert achiever["achievement_date"] == achiever["outcome_date"]
    assert achiever["dfe_grade"] and achiever["overall_grade"]
    failed = next(r for r in rows if r["outcome"] == "fail")
    assert failed["achievement_date"] is None
    # tenancy: providers and employers their own apprentices; another EPAO none
    assert {r["uln"] for r in _rows(world, "provider1-staff")} == {
        r["uln"] for r in rows if r["provider_ukprn"] == "10000001"}
    assert len(_rows(world, "employer2-admin")) == 1
    assert len(_rows(world, "provider2-admin")) == 1
    assert _rows(world, "epao2-admin") == []
    assert world.client("epao1-quality_assurer").get(RESULTS).json()["count"] == 3


def test_results_filters(world, seeded):
    today = timezone.localdate()
    assert len(_rows(world, "epao1-admin", grade="fail")) == 1
    assert len(_rows(world, "epao1-admin", grade="Pass")) == 2  # the DfE name
    assert len(_rows(world, "epao1-admin", provider=world.orgs["provider2"].pk)) == 1
    assert len(_rows(world, "epao1-admin", employer=world.orgs["employer1"].pk)) == 2
    assert len(_rows(world, "epao1-admin", standard="ST0792", version="1.0",
                     option="production coordinator")) == 3
    assert _rows(world, "epao1-admin", released_to=(today - dt.timedelta(days=1)).isoformat(),
                 ) == []
    assert len(_rows(world, "epao1-admin", released_from=today.isoformat())) == 3


def test_results_csv_is_streamed_with_every_column(world, seeded):
    rows = _csv(world, "epao1-admin")
    assert list(rows[0]) == COLUMNS
    assert len(rows) == 3
    assert {r["method_grades"] for r in rows} >= {"M1: distinction; M2: pass"}
    assert _csv(world, "epao2-admin") == []


def test_outcome_figures_match_the_results_rows(world, seeded):
    period = _quarter()
    response = world.client("epao1-admin").get(OUTCOMES, {"period": period})
    assert response.status_code == 200, response.json()
    figures = response.json()["figures"]
    [figure] = figures
    rows = _csv(world, "epao1-admin")
    assert figure["completed"] == len(rows)
    grades = {}
    for row in rows:
        grades[row["overall_grade"]] = grades.get(row["overall_grade"], 0) + 1
    assert figure["grades"] == grades
    assert figure["passed"] == sum(r["outcome"] == "pass" for r in rows)
    assert figure["pass_rate"] == round(figure["passed"] / len(rows), 4)
    assert (figure["withdrawals"], figure["resits"], figure["retakes"]) == (1, 0, 0)
    assert figure["progressed"] == {"ST0525": 1}
    assert figure["median_days_gateway_to_result"] is not None
    # the provider's figures are its own rows
    mine = world.client("provider2-admin").get(OUTCOMES, {"period": period}).json()["figures"]
    assert [(f["completed"], f["withdrawals"]) for f in mine] == [(1, 0)]
    # CSV of the figures
    [line] = _csv(world, "epao1-admin", OUTCOMES, period=period)
    assert (line["completed"], line["progressed"]) == ("3", "ST0525: 1")


@pytest.mark.parametrize(("params", "attr"), [
    ({"period": "2026-Q5"}, "period"), ({"released_from": "2026-01-01"}, "period"),
    ({"period": "2026-Q1", "standard": "XX1"}, "standard"),
    ({"released_from": "2026-05-01", "released_to": "2026-04-01"}, "released_to"),
    ({"period": "2026-Q1", "provider": "x"}, "provider"),
])
def test_outcomes_bad_input_is_a_400_naming_the_parameter(world, params, attr):
    response = world.client("epao1-admin").get(OUTCOMES, params)
    assert response.status_code == 400
    assert response.json()["errors"][0]["attr"] == attr


def test_results_bad_input_is_a_400_naming_the_parameter(world):
    for params, attr in [({"released_from": "yesterday"}, "released_from"),
                         ({"version": "one"}, "version"), ({"page_size": "0"}, "page_size")]:
        response = world.client("epao1-admin").get(RESULTS, params)
        assert (response.status_code, response.json()["errors"][0]["attr"]) == (400, attr)


def test_reports_need_an_organisation(world, api_client):
    assert api_client.get(RESULTS).status_code in (401, 403)
    assert api_client.get(OUTCOMES, {"period": "2026-Q1"}).status_code in (401, 403)


def test_a_results_page_runs_in_a_constant_number_of_queries(world, seeded):
    client = world.client("epao1-admin")
    counts = []
    for size in (1, 2):  # partial pages both: each counts (a whole first page would not)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(RESULTS, {"page_size": size}).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_bad_filter_is_a_json_400_naming_it_in_either_format(world, fmt):
    response = world.client("epao1-admin").get(RESULTS, {"format": fmt,
                                                         "released_from": "yesterday"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["errors"][0]["attr"] == "released_from"
