"""The catalogue over HTTP, as an anonymous client sees it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from epa.standards.catalogue import KSBData, OptionData, StandardData, StandardVersionData
from epa.standards.models import KSBKind
from epa.standards.services import standard_version_upsert

pytestmark = pytest.mark.django_db

BASE = "/api/v1/standards"


def _all(api_client, url: str, **params) -> list[dict]:
    response = api_client.get(url, {"page_size": 500, **params})
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["next"] is None
    return body["results"]


def test_list_standards(api_client, catalogue):
    results = _all(api_client, f"{BASE}/")
    assert [s["reference"] for s in results] == ["ST0525", "ST0792"]
    st0792 = results[1]
    assert st0792 == {
        "reference": "ST0792", "title": "Junior production coordinator", "level": 4,
        "route": "Creative and design", "status": "approved_for_delivery", "lars_code": 598,
        "latest_version": "1.0",
    }
    assert results[0]["latest_version"] is None


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"level": 4}, ["ST0792"]),
        ({"level": 7}, ["ST0525"]),
        ({"level": 3}, []),
        ({"route": "creative and design"}, ["ST0525", "ST0792"]),
        ({"status": "approved_for_delivery"}, ["ST0525", "ST0792"]),
        ({"status": "retired"}, []),
        ({"has_options": "true"}, ["ST0792"]),
        ({"has_options": "false"}, ["ST0525"]),
        ({"q": "coordinator"}, ["ST0792"]),
        ({"q": "st0525"}, ["ST0525"]),
        ({"q": "PRODUCTION"}, ["ST0525", "ST0792"]),
    ],
)
def test_list_filters(api_client, catalogue, params, expected):
    assert [s["reference"] for s in _all(api_client, f"{BASE}/", **params)] == expected


@pytest.mark.parametrize(
    ("params", "attr"),
    [({"level": "nine"}, "level"), ({"level": 9}, "level"), ({"status": "open"}, "status"),
     ({"has_options": "maybe"}, "has_options")],
)
def test_bad_list_filter_is_400_naming_it(api_client, catalogue, params, attr):
    response = api_client.get(f"{BASE}/", params)
    assert response.status_code == 400
    body = response.json()
    assert body["type"] == "validation_error"
    assert [e["attr"] for e in body["errors"]] == [attr]
    assert body["errors"][0]["code"] == "invalid_choice"


def test_standard_detail_shows_latest_version_in_full(api_client, catalogue):
    body = api_client.get(f"{BASE}/ST0792/").json()
    assert body["versions"] == ["1.0"]
    latest = body["latest"]
    assert latest["version"] == "1.0"
    assert latest["typical_duration_months"] == 18
    assert latest["duty_count"] == 12
    assert latest["ksb_counts"] == {"knowledge": 29, "skill": 23, "behaviour": 4, "total": 56}
    assert [(o["title"], o["ksb_count"]) for o in latest["options"]] == [
        ("Production coordinator", 47), ("Post production coordinator", 46)]
    assert latest["progression_routes"] == [{
        "reference": "ST0525", "title": "Creative industries production manager", "level": 7,
        "version": "1.0", "is_loaded": True,
    }]


def test_standard_without_versions(api_client, catalogue):
    body = api_client.get(f"{BASE}/ST0525/").json()
    assert (body["title"], body["level"], body["latest"], body["versions"]) == (
        "Creative industries production manager", 7, None, [])
    assert _all(api_client, f"{BASE}/ST0525/ksbs/") == []


def test_versions_list_and_detail(api_client, catalogue):
    assert [v["version"] for v in _all(api_client, f"{BASE}/ST0792/versions/")] == ["1.0"]
    detail = api_client.get(f"{BASE}/ST0792/versions/1.0/").json()
    assert detail["reference"] == "ST0792" and detail["duty_count"] == 12


@pytest.mark.parametrize(
    "url",
    [f"{BASE}/ST9999/", f"{BASE}/XX/", f"{BASE}/ST9999/ksbs/", f"{BASE}/ST9999/duties/",
     f"{BASE}/ST9999/versions/", f"{BASE}/ST0792/versions/9.9/", f"{BASE}/ST0792/versions/x/",
     f"{BASE}/ST9999/progression/"],
)
def test_unknown_reference_or_version_is_404_in_error_shape(api_client, catalogue, url):
    response = api_client.get(url)
    assert response.status_code == 404
    body = response.json()
    assert body["type"] == "client_error"
    assert body["errors"][0]["code"] == "not_found"
    assert body["errors"][0]["detail"]


def test_ksbs_all_and_by_option(api_client, catalogue):
    everything = _all(api_client, f"{BASE}/ST0792/ksbs/")
    assert len(everything) == 56
    assert everything[0]["code"] == "K1" and everything[-1]["code"] == "B4"
    assert len(_all(api_client, f"{BASE}/ST0792/ksbs/", option="Production coordinator")) == 47
    post = _all(api_client, f"{BASE}/ST0792/ksbs/", option="post production coordinator")
    assert len(post) == 46
    assert {k["code"] for k in post}.isdisjoint({"K17", "K23", "S18", "S20"})
    option_id = next(k for k in post if k["code"] == "K24")["options"][0]["id"]
    assert len(_all(api_client, f"{BASE}/ST0792/ksbs/", option=option_id)) == 46


def test_ksb_item_shape_and_applicable_options(api_client, catalogue):
    by_code = {k["code"]: k for k in _all(api_client, f"{BASE}/ST0792/ksbs/")}
    k17 = by_code["K17"]
    assert k17["kind"] == "knowledge"
    assert k17["text"] == ("Current workplace rules and procedures regarding safeguarding, "
                           "for example child protection.")
    assert [o["title"] for o in k17["options"]] == ["Production coordinator"]
    assert [o["title"] for o in by_code["S23"]["options"]] == ["Post production coordinator"]
    assert [o["title"] for o in by_code["B1"]["options"]] == [
        "Production coordinator", "Post production coordinator"]


def test_ksbs_filter_by_kind_and_version(api_client, catalogue):
    assert len(_all(api_client, f"{BASE}/ST0792/ksbs/", kind="behaviour")) == 4
    assert len(_all(api_client, f"{BASE}/ST0792/ksbs/", kind="skill",
                    option="Production coordinator")) == 20
    assert len(_all(api_client, f"{BASE}/ST0792/ksbs/", version="1.0")) == 56


@pytest.mark.parametrize(
    ("path", "params", "attr", "code"),
    [
        ("ksbs", {"version": "2.0"}, "version", "unknown_version"),
        ("ksbs", {"version": "latest"}, "version", "invalid"),
        ("ksbs", {"option": "Camera operator"}, "option", "unknown_option"),
        ("ksbs", {"option": "999999"}, "option", "unknown_option"),
        ("ksbs", {"kind": "attitude"}, "kind", "invalid_choice"),
        ("duties", {"option": "nope"}, "option", "unknown_option"),
        ("progression", {"version": "3.1"}, "version", "unknown_version"),
    ],
)
def test_bad_scoped_filter_is_400_naming_it(api_client, catalogue, path, params, attr, code):
    response = api_client.get(f"{BASE}/ST0792/{path}/", params)
    assert response.status_code == 400, response.json()
    assert response.json()["errors"] == [
        {"attr": attr, "code": code, "detail": response.json()["errors"][0]["detail"]}]


def test_duties_with_ksb_codes(api_client, catalogue):
    duties = _all(api_client, f"{BASE}/ST0792/duties/")
    assert [d["number"] for d in duties] == list(range(1, 13))
    assert duties[0]["ksbs"] == ["K1", "K2", "K3", "K9", "S1", "S2", "S3", "S5", "B1", "B4"]
    assert duties[0]["is_core"] is True and duties[0]["option"] is None
    assert duties[8]["option"]["title"] == "Production coordinator"
    production = _all(api_client, f"{BASE}/ST0792/duties/", option="Production coordinator")
    assert [d["number"] for d in production] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    post = _all(api_client, f"{BASE}/ST0792/duties/", option="Post production coordinator")
    assert [d["number"] for d in post] == [1, 2, 3, 4, 5, 6, 7, 8, 11, 12]


def test_progression(api_client, catalogue):
    assert _all(api_client, f"{BASE}/ST0792/progression/") == [{
        "reference": "ST0525", "title": "Creative industries production manager", "level": 7,
        "version": "1.0", "is_loaded": True,
    }]


def test_latest_version_is_the_default(api_client, catalogue):
    """A version 1.1 with one more KSB becomes the default for the scoped lists."""
    standard_version_upsert(data=StandardVersionData(
        standard=StandardData(reference="ST0792", title="Junior production coordinator",
                              level=4, route="Creative and design", lars_code=598),
        version="1.1", core_and_options=True,
        options=(OptionData("Production coordinator"), OptionData("Post production coordinator")),
        ksbs=(KSBData(KSBKind.KNOWLEDGE, 1, "Only one."),),
    ))
    assert api_client.get(f"{BASE}/ST0792/").json()["versions"] == ["1.1", "1.0"]
    assert [k["text"] for k in _all(api_client, f"{BASE}/ST0792/ksbs/")] == ["Only one."]
    assert len(_all(api_client, f"{BASE}/ST0792/ksbs/", version="1.0")) == 56


def _queries(api_client, url: str, params: dict) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert api_client.get(url, params).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    ("url", "params"),
    [
        (f"{BASE}/", {}),
        (f"{BASE}/", {"has_options": "true"}),
        (f"{BASE}/ST0792/versions/", {}),
        (f"{BASE}/ST0792/ksbs/", {}),
        (f"{BASE}/ST0792/ksbs/", {"option": "Production coordinator", "kind": "skill"}),
        (f"{BASE}/ST0792/duties/", {}),
        (f"{BASE}/ST0792/duties/", {"option": "Post production coordinator"}),
        (f"{BASE}/ST0792/progression/", {}),
    ],
)
def test_list_queries_do_not_grow_with_page_size(
    api_client, catalogue, django_assert_max_num_queries, url, params
):
    # One fewer with a page holding the whole list: its length is the total, nothing counted.
    expected = _queries(api_client, url, {**params, "page_size": 1})
    with django_assert_max_num_queries(expected):
        response = api_client.get(url, {**params, "page_size": 500})
    assert response.status_code == 200
    assert len(response.json()["results"]) == response.json()["count"]
    assert expected <= 7


@pytest.mark.parametrize("params", [{}, {"option": "Production coordinator"},
                                    {"option": "Post production coordinator", "kind": "skill"},
                                    {"version": "1.0", "page_size": 7, "page": 2}])
def test_the_ksb_list_rendered_from_rows_is_what_the_serializer_gives(api_client, catalogue,
                                                                      params):
    """The KSB list is rendered from plain rows (``ksb_rows_data``): it must stay what
    ``KSBSerializer`` says of the same KSBs, options included."""
    from epa.standards.api.serializers import KSBSerializer
    from epa.standards.models import KSB

    response = api_client.get("/api/v1/standards/ST0792/ksbs/", params)
    assert response.status_code == 200
    codes = [row["code"] for row in response.json()["results"]]
    assert codes
    ksbs = {k.code: k for k in KSB.objects.filter(version__standard__reference="ST0792",
                                                  code__in=codes)}
    assert response.json()["results"] == [KSBSerializer(ksbs[c]).data for c in codes]
    if "option" in params:  # not every KSB applies to every option, and each names its own
        assert all(params["option"] in [o["title"] for o in row["options"]]
                   for row in response.json()["results"])
