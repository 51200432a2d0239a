"""Input that once got a 500 (or was silently taken) gets a 4xx naming what is wrong.

Each case here was found by hand and is also in the bad-input corpus
(``tests/contract/test_bad_input.py``), which sends the like to every write operation.
"""

from __future__ import annotations

import json

import pytest

from epa.assessments.models import Appeal, Assessment
from tests.support.gateway import READY_FACTS, gateway_url, new_apprenticeship

pytestmark = pytest.mark.django_db
API = "/api/v1/apprenticeships/"
EPA = "/api/v1/assessments/"


def _send(client, method: str, url: str, raw: str, **headers):
    """``raw`` as the body, as it is: JSON that ``json.dumps`` would never write."""
    client.raise_request_exception = False
    return getattr(client, method)(url, raw, content_type="application/json", **headers)


def _error(response, status: int, code: str, attr: str | None) -> dict:
    assert response.status_code == status, response.content
    error = response.json()["errors"][0]
    assert (error["code"], error["attr"]) == (code, attr), error
    return error


def _with(payload: dict, field: str, raw: str) -> str:
    """``payload`` as JSON with ``field`` given as the raw JSON text ``raw``."""
    return json.dumps({**payload, field: "@@"}).replace('"@@"', raw)


@pytest.fixture
def assessment(world, passed) -> int:
    response = world.client("epao1-admin").post(EPA, {"apprenticeship": passed}, format="json")
    assert response.status_code == 201, response.json()
    return response.json()["id"]


# -- numbers beyond a float, and lone surrogates: refused by the JSON parser -------------------

@pytest.mark.parametrize("number", ["1e400", "-1e400"])
def test_a_number_that_overflows_to_infinity_is_a_400_naming_the_field(world, number):
    client = world.client("provider1-admin")
    created = _send(client, "post", API, _with(world.apprenticeship_payload(), "option", number))
    _error(created, 400, "parse_error", "option")
    pk = new_apprenticeship(world)
    _error(_send(client, "patch", f"{API}{pk}/", f'{{"option": {number}}}'),
           400, "parse_error", "option")
    synced = _send(client, "post", f"{API}sync/", f'{{"records": [{{"option": {number}}}]}}')
    _error(synced, 400, "parse_error", "records.0.option")


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_the_non_numbers_json_does_not_have_are_a_400(world, literal):
    response = _send(world.client("provider1-admin"), "post", f"{API}sync/",
                     f'{{"records": [{{"option": {literal}}}]}}')
    _error(response, 400, "parse_error", None)


def test_a_lone_surrogate_is_a_400_naming_the_field_in_every_choice(world, assessment):
    pk = Assessment.objects.get(pk=assessment).apprenticeship_id
    admin = world.client("epao1-admin")
    surrogate = '"\\ud800"'
    _error(_send(admin, "post", gateway_url(pk, "components/english/review/"),
                 f'{{"decision": {surrogate}}}'), 400, "parse_error", "decision")
    _error(_send(world.client("epao1-quality_assurer"), "post",
                 f"{EPA}{assessment}/quality-assurance/",
                 f'{{"changes": [{{"method": "M1", "grade": {surrogate}, "reason": "x"}}]}}'),
           400, "parse_error", "changes.0.grade")
    _error(_send(admin, "post", f"{EPA}{assessment}/resit/", f'{{"kind": {surrogate}}}'),
           400, "parse_error", "kind")
    attempt = Assessment.objects.get(pk=assessment)
    appeal = Appeal.objects.create(assessment=attempt, method=attempt.plan.methods.first(),
                                   grounds="x", lodged_by="x",
                                   lodged_by_organisation=world.orgs["provider1"])
    _error(_send(admin, "post", f"{EPA}{assessment}/appeals/{appeal.pk}/decision/",
                 f'{{"decision": {surrogate}, "reason": "x"}}'), 400, "parse_error", "decision")


def test_a_lone_surrogate_in_a_sync_record_is_a_400_not_echoed(world):
    response = _send(world.client("provider1-admin"), "post", f"{API}sync/",
                     '{"records": [{"uln": "\\udc00"}]}')
    _error(response, 400, "parse_error", "records.0.uln")


def test_a_surrogate_pair_is_one_character_and_welcome(world):
    payload = world.apprenticeship_payload()
    payload["learner"]["given_names"] = "@@"
    raw = json.dumps(payload).replace('"@@"', '"Ada \\ud83d\\ude00"')
    response = _send(world.client("provider1-admin"), "post", API, raw)
    assert response.status_code == 201, response.json()
    assert response.json()["learner"]["given_names"] == "Ada \U0001f600"


# -- If-Match ----------------------------------------------------------------------------------

@pytest.mark.parametrize("if_match", ['"²"', "²", '"3', "W/abc", "abc", '"1e3"', " 1"])
def test_an_if_match_that_is_not_an_etag_is_a_400_naming_the_header(world, passed, if_match):
    response = world.client("epao1-admin").post(
        gateway_url(passed, "components/english/review/"), {"decision": "accept"}, format="json",
        headers={"If-Match": if_match})
    _error(response, 400, "invalid_if_match", "If-Match")


@pytest.mark.parametrize("if_match", ['"1"', 'W/"1"', "1"])
def test_a_stale_etag_is_still_a_412(world, if_match):
    pk = new_apprenticeship(world)
    client = world.client("provider1-admin")
    assert client.post(gateway_url(pk), READY_FACTS, format="json").status_code == 201
    client.patch(gateway_url(pk), {"off_the_job_hours": "510"}, format="json")  # version 2
    response = client.patch(gateway_url(pk), {"off_the_job_hours": "520"}, format="json",
                            headers={"If-Match": if_match})
    _error(response, 412, "version_mismatch", None)


# -- NUL in the path ---------------------------------------------------------------------------

def test_a_nul_in_a_path_segment_is_a_404_before_any_query(world, assessment):
    client = world.client("epao1-admin")
    client.raise_request_exception = False
    body = {"scheduled_at": "2030-01-01T10:00:00Z", "assessor": "epao1-assessor"}
    for code in ("%00", "M%001"):
        response = client.post(f"{EPA}{assessment}/methods/{code}/booking/", body,
                               format="json")
        _error(response, 404, "not_found", None)
    response = client.put(f"{EPA}{assessment}/methods/M1/judgements/P%00/",
                          {"met": True}, format="json")
    _error(response, 404, "not_found", None)


# -- updated_since -----------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["learners/", "apprenticeships/", "apprenticeships/changes/"])
@pytest.mark.parametrize("offset", ["+16:00", "-16:00", "+23:59"])
def test_a_time_zone_offset_the_database_refuses_is_a_400(world, path, offset):
    client = world.client("provider1-admin")
    client.raise_request_exception = False
    response = client.get(f"/api/v1/{path}", {"updated_since": f"2024-01-01T00:00:00{offset}"})
    _error(response, 400, "invalid", "updated_since")


@pytest.mark.parametrize("path", ["learners/", "apprenticeships/", "apprenticeships/changes/"])
def test_an_offset_up_to_15_59_is_taken(world, path):
    new_apprenticeship(world)
    client = world.client("provider1-admin")
    for since, found in (("2000-01-01T00:00:00+15:59", True), ("2999-01-01T00:00-15:59", False)):
        response = client.get(f"/api/v1/{path}", {"updated_since": since})
        assert response.status_code == 200, response.json()
        if path != "apprenticeships/changes/":  # the feed serves rows a few seconds old only
            assert bool(response.json()["results"]) is found


# -- ids and other values of the wrong JSON type -----------------------------------------------

@pytest.mark.parametrize("number", ["1.5", "1.0"])
def test_an_id_with_a_fraction_is_refused_not_truncated(world, number):
    client = world.client("provider1-admin")
    payload = world.apprenticeship_payload()
    option = payload["option"]
    response = _send(client, "post", API, _with(payload, "option", f"{option}{number[1:]}"))
    _error(response, 400, "incorrect_type", "option")
    pk = new_apprenticeship(world)
    response = _send(client, "patch", f"{API}{pk}/", f'{{"option": {option}{number[1:]}}}')
    _error(response, 400, "incorrect_type", "option")
    response = _send(client, "patch", f"{API}{pk}/", f'{{"planned_otj_hours": 400{number[1:]}}}')
    _error(response, 400, "invalid", "planned_otj_hours")


@pytest.mark.parametrize("number", ["1.5", "1.0"])
def test_a_sync_id_with_a_fraction_is_refused(world, number):
    client = world.client("provider1-admin")
    employer = world.orgs["employer1"].pk
    record = {"uln": "1000000019", "given_names": "Ada", "family_name": "Lovelace",
              "date_of_birth": "2000-12-10", "standard": "ST0792", "version": "1.0",
              "employer": "@@", "start_date": "2024-09-01", "planned_end_date": "2026-03-01"}
    raw = json.dumps({"records": [record]}).replace('"@@"', f"{employer}{number[1:]}")
    result = _send(client, "post", f"{API}sync/", raw).json()["results"][0]
    assert result["outcome"] == "error"
    assert {(e["attr"], e["code"]) for e in result["errors"]} == {("employer", "invalid")}
    raw = json.dumps({"provider": "@@", "records": [record]}).replace(
        '"@@"', f"{world.orgs['provider1'].pk}{number[1:]}")
    _error(_send(client, "post", f"{API}sync/", raw), 400, "invalid", "provider")


@pytest.mark.parametrize("value", [0, 1, False, ["Ready."], {"text": "Ready."}])
def test_a_declaration_is_text_not_a_number_or_a_boolean(world, value):
    pk = new_apprenticeship(world)
    client = world.client("provider1-admin")
    assert client.post(gateway_url(pk), READY_FACTS, format="json").status_code == 201
    response = client.post(gateway_url(pk, "declaration/"), {"declaration": value}, format="json")
    _error(response, 400, "invalid", "declaration")


@pytest.mark.parametrize("value", ["true", 1, "yes"])
def test_a_boolean_is_true_or_false_only(world, value):
    response = world.client("provider1-admin").post(
        API, world.apprenticeship_payload(has_ehc_plan=value), format="json")
    _error(response, 400, "invalid", "has_ehc_plan")


# -- the gateway evaluation's query ------------------------------------------------------------

@pytest.mark.parametrize(("query", "code"), [
    ("gateway_date=", "invalid"), ("gateway_date=%00", "invalid"),
    ("gateway_date=2025-10-01&gateway_date=2025-10-02", "multiple_values"),
])
def test_a_bad_gateway_date_is_a_400_naming_it(world, query, code):
    pk = new_apprenticeship(world)
    response = world.client("provider1-admin").get(gateway_url(pk, f"evaluation/?{query}"))
    _error(response, 400, code, "gateway_date")


# -- digits int() does not take, and NUL, in values parsed by hand -----------------------------

@pytest.mark.parametrize("version", ["ST0792/\u00b2.0", "ST0792/1.\u00b9", "ST\u00000792/1.0"])
def test_a_standard_version_with_odd_characters_is_a_400(world, version):
    response = world.client("provider1-admin").post(
        API, world.apprenticeship_payload(standard_version=version), format="json")
    assert response.status_code == 400, response.content
    assert response.json()["errors"][0]["attr"] == "standard_version"


def test_a_uln_with_a_superscript_digit_is_a_400(world):
    payload = world.apprenticeship_payload()
    payload["learner"]["uln"] = "100000000\u00b2"
    response = world.client("provider1-admin").post(API, payload, format="json")
    _error(response, 400, "invalid_uln", "learner.uln")
