"""The gateway over HTTP, as a provider, employer and EPAO would use it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from epa.core.models import AuditEvent
from epa.gateway.models import GatewayAttempt
from epa.learners.models import Apprenticeship
from tests.support.gateway import (
    ENGLISH_AND_MATHS,
    evaluate_gateway,
    gateway_url,
    new_apprenticeship,
    open_ready_gateway,
    option_ksb_codes,
    review_all,
)

pytestmark = pytest.mark.django_db
API = "/api/v1/apprenticeships/"
SKILLS_ENGLAND_ST0792 = (Path(__file__).parent.parent / "standards" / "fixtures"
                         / "skills_england_ST0792_1.0.json")


# -- the examples -------------------------------------------------------------------

def test_apprentice_aged_17_at_start_without_maths_is_not_met(world):
    pk = new_apprenticeship(world, dob="2007-03-01", achievements=ENGLISH_AND_MATHS[:1])
    maths = evaluate_gateway(world, pk, "2025-10-01")["maths"]
    assert maths["check"]["status"] == "not_met"
    assert maths["check"]["reason"] == "maths_missing"
    assert "No maths achievement at Level 2" in maths["check"]["message"]
    assert maths["check"]["rule"]["code"] == "english_maths_level_2"
    assert maths["required"] is True


def test_apprentice_aged_25_starting_2024_with_gateway_in_march_2025_is_exempt(world):
    pk = new_apprenticeship(world, dob="1999-01-15", start="2024-01-08", end="2025-06-30",
                         achievements=[])
    components = evaluate_gateway(world, pk, "2025-03-10")
    for subject in ("english", "maths"):
        check = components[subject]["check"]
        assert (check["status"], check["reason"]) == ("not_required", "age_19_plus_exemption")
        assert check["rule"]["effective_from"] == "2025-02-11"
        assert components[subject]["required"] is False
    # before the exemption came in, the same apprentice needed them
    before = evaluate_gateway(world, pk, "2025-02-10")
    assert before["maths"]["check"]["reason"] == "maths_missing"


def test_apprentice_with_ehc_plan_and_entry_level_3_passes_english_and_maths(world):
    entry_3 = [{"subject": s, "level": 0, "qualification_type": "entry_level_3",
                "achieved_on": "2018-06-01"} for s in ("english", "maths")]
    pk = new_apprenticeship(world, dob="2007-03-01", achievements=entry_3, has_ehc_plan=True)
    components = evaluate_gateway(world, pk, "2025-10-01")
    for subject in ("english", "maths"):
        assert components[subject]["check"]["status"] == "met"
        assert components[subject]["check"]["reason"] == "entry_level_3_with_ehc_plan"
        assert components[subject]["check"]["rule"]["code"] == "english_maths_entry_level_3"


@pytest.mark.parametrize(("start", "status", "rule"), [
    ("2025-08-01", "met", "minimum_duration_8_months"),
    ("2025-07-31", "not_met", "minimum_duration_12_months"),
])
def test_eight_months_on_programme_meets_duration_only_for_starts_from_august_2025(
        world, start, status, rule):
    pk = new_apprenticeship(world, start=start, end="2027-03-01")
    day = "2026-04-01" if start == "2025-08-01" else "2026-03-31"  # 8 months exactly
    duration = evaluate_gateway(world, pk, day)["minimum_duration"]["check"]
    assert (duration["status"], duration["rule"]["code"]) == (status, rule)


def test_a_portfolio_missing_two_option_ksbs_names_them(world):
    pk = new_apprenticeship(world)
    codes = option_ksb_codes()
    open_ready_gateway(world, pk, ksbs=codes[2:])
    portfolio = evaluate_gateway(world, pk, "2025-10-01")["portfolio"]["check"]
    assert portfolio["status"] == "not_met"
    assert portfolio["reason"] == "portfolio_ksbs_missing"
    assert portfolio["details"]["missing"] == codes[:2]
    assert all(code in portfolio["message"] for code in codes[:2])
    assert portfolio["rule"]["code"] == "portfolio_covers_option"


def test_the_dry_run_works_before_a_gateway_is_opened(world):
    pk = new_apprenticeship(world)
    response = world.client("employer1-staff").get(gateway_url(pk, "evaluation/"))
    assert response.status_code == 200
    body = response.json()
    assert body["ready"] is False
    assert {c["component"] for c in body["components"]} == {
        "english", "maths", "option", "portfolio", "minimum_duration", "off_the_job",
        "employer_sign_off", "provider_declaration"}
    assert world.client("provider1-admin").get(gateway_url(pk)).status_code == 404


# -- the flow -------------------------------------------------------------------------------

def test_rejection_then_resubmission_is_attempt_2_and_the_gateway_passes(world):
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    assert Apprenticeship.objects.get(pk=pk).status == "gateway_in_progress"
    submitted = world.client("provider1-staff").post(gateway_url(pk, "submit/"))
    assert submitted.status_code == 200, submitted.json()
    assert submitted.json()["attempt"] == 1
    signed = world.client("employer1-admin").post(
        gateway_url(pk, "sign-off/"), {"declaration": "Works at the standard."}, format="json")
    assert signed.status_code == 200, signed.json()
    assert signed.json()["employer_sign_off"]["by"] == "employer1-admin"

    failed = review_all(world, pk, reject={"portfolio": "Call sheets are unsigned."})
    assert failed["status"] == "failed"
    portfolio = next(c for c in failed["components"] if c["component"] == "portfolio")
    assert (portfolio["status"], portfolio["rejection_reason"]) == (
        "rejected", "Call sheets are unsigned.")
    assert Apprenticeship.objects.get(pk=pk).status == "gateway_failed"

    added = world.client("provider1-admin").post(gateway_url(pk, "evidence/"), {
        "title": "Signed call sheets", "evidence_date": "2025-09-01", "ksbs": ["S1"]},
        format="json")
    assert added.status_code == 201, added.json()
    again = world.client("provider1-admin").post(gateway_url(pk, "submit/"))
    assert again.status_code == 200, again.json()
    assert again.json()["attempt"] == 2
    statuses = {c["component"]: c["status"] for c in again.json()["components"]}
    assert statuses["portfolio"] == "submitted" and statuses["maths"] == "accepted"

    passed = review_all(world, pk)
    assert passed["status"] == "passed"
    assert passed["ready"] is True
    assert [a["outcome"] for a in passed["attempts"]] == ["failed", "passed"]
    assert Apprenticeship.objects.get(pk=pk).status == "gateway_passed"
    assert GatewayAttempt.objects.get(number=1).evaluation["components"]

    events = list(AuditEvent.objects.filter(stream=f"apprenticeship:{pk}")
                  .values_list("action", "subject"))
    assert ("component_rejected", "portfolio") in events
    assert events.count(("submitted", "")) == 2
    assert ("passed", "") in events and ("failed", "") in events
    moves = [e.after["status"] for e in AuditEvent.objects.filter(
        stream=f"apprenticeship:{pk}", action="status_changed")]
    assert moves == ["gateway_in_progress", "gateway_failed", "gateway_in_progress",
                     "gateway_passed"]
    rejected = AuditEvent.objects.get(stream=f"apprenticeship:{pk}",
                                     action="component_rejected")
    assert rejected.actor_user.username == "epao1-admin"
    assert rejected.actor_organisation_id == world.orgs["epao1"].pk
    assert rejected.actor_label == "epao1-admin"
    assert rejected.reason == "Call sheets are unsigned."


def test_submitting_a_gateway_that_is_not_ready_names_each_component(world):
    pk = new_apprenticeship(world, dob="2007-03-01", achievements=ENGLISH_AND_MATHS[:1])
    client = world.client("provider1-admin")
    client.post(gateway_url(pk), {"gateway_date": "2025-03-01"}, format="json")
    response = client.post(gateway_url(pk, "submit/"))
    assert response.status_code == 400
    errors = {(e["attr"], e["code"]) for e in response.json()["errors"]}
    assert {("maths", "not_ready"), ("portfolio", "not_ready"), ("minimum_duration", "not_ready"),
            ("off_the_job", "not_ready"), ("provider_declaration", "not_ready")} <= errors
    assert ("employer_sign_off", "not_ready") not in errors
    assert response.json()["errors"][0]["detail"]


def test_a_submitted_gateway_cannot_be_edited(world):
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    client = world.client("employer1-staff")
    assert client.post(gateway_url(pk, "submit/")).status_code == 200
    response = client.patch(gateway_url(pk), {"off_the_job_hours": "10"}, format="json")
    assert response.status_code == 409
    assert response.json()["errors"][0]["code"] == "gateway_not_editable"


def test_a_gateway_opens_once(world):
    pk = new_apprenticeship(world)
    client = world.client("provider1-admin")
    assert client.post(gateway_url(pk), {}, format="json").status_code == 201
    again = client.post(gateway_url(pk), {}, format="json")
    assert (again.status_code, again.json()["errors"][0]["code"]) == (409, "gateway_already_open")


def test_evidence_must_name_ksbs_of_the_version(world):
    pk = new_apprenticeship(world)
    client = world.client("provider1-admin")
    client.post(gateway_url(pk), {}, format="json")
    response = client.post(gateway_url(pk, "evidence/"), {
        "title": "x", "evidence_date": "2025-01-01", "ksbs": ["K1", "K99"]}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"][0]["attr"] == "ksbs"
    assert response.json()["errors"][0]["code"] == "unknown_ksb"
    assert "K99" in response.json()["errors"][0]["detail"]


def test_gateway_date_before_start_is_refused(world):
    pk = new_apprenticeship(world)
    response = world.client("provider1-admin").post(gateway_url(pk), {"gateway_date": "2024-01-01"},
                                                     format="json")
    assert response.status_code == 400
    assert response.json()["errors"][0] == {
        "code": "gateway_before_start", "attr": "gateway_date",
        "detail": "The gateway date is before the apprenticeship's start."}


def test_removing_evidence_reopens_the_portfolio_check(world):
    pk = new_apprenticeship(world)
    body = open_ready_gateway(world, pk)
    item = body["evidence"][0]["id"]
    response = world.client("provider1-admin").delete(gateway_url(pk, f"evidence/{item}/"))
    assert response.status_code == 200
    portfolio = next(c for c in response.json()["components"] if c["component"] == "portfolio")
    assert portfolio["check"]["reason"] == "portfolio_empty"


# -- roles ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("who", "tail", "body"), [
    ("provider1-admin", "sign-off/", {"declaration": "x"}),
    ("employer1-admin", "declaration/", {"declaration": "x"}),
    ("provider1-admin", "components/maths/review/", {"decision": "accept"}),
    ("employer1-staff", "components/maths/review/", {"decision": "accept"}),
    ("epao1-admin", "evidence/", {"title": "x", "evidence_date": "2025-01-01", "ksbs": ["K1"]}),
    ("epao1-quality_assurer", "submit/", None),
])
def test_each_party_does_only_its_part(world, who, tail, body):
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    response = world.client(who).post(gateway_url(pk, tail), body, format="json")
    assert response.status_code == 403, response.json()
    assert response.json()["errors"][0]["code"] == "role_required"


def test_an_epao_assessor_and_another_epao_see_nothing(world):
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    for who in ("epao1-assessor", "epao2-admin", "provider2-admin", "employer2-staff"):
        assert world.client(who).get(gateway_url(pk)).status_code == 404, who
        assert world.client(who).get(gateway_url(pk, "evaluation/")).status_code == 404, who


def test_an_api_key_of_the_epao_reviews(world):
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    world.client("provider1-admin").post(gateway_url(pk, "submit/"))
    response = world.key_client("epao1").post(gateway_url(pk, "components/maths/review/"),
                                              {"decision": "accept"}, format="json")
    assert response.status_code == 200, response.json()
    maths = next(c for c in response.json()["components"] if c["component"] == "maths")
    assert maths["reviewed_by"].startswith("api-key:")


def test_a_rejection_needs_a_reason(world):
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    world.client("provider1-admin").post(gateway_url(pk, "submit/"))
    response = world.client("epao1-admin").post(gateway_url(pk, "components/maths/review/"),
                                                {"decision": "reject"}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"][0]["attr"] == "reason"


def test_an_unknown_component_is_404(world):
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    response = world.client("epao1-admin").post(gateway_url(pk, "components/karaoke/review/"),
                                                {"decision": "accept"}, format="json")
    assert response.status_code == 404


# -- concurrency ----------------------------------------------------------------------------

def test_a_stale_if_match_is_412_and_changes_nothing(world):
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    client = world.client("provider1-admin")
    read = client.get(gateway_url(pk))
    etag = read["ETag"]
    assert etag == f'"{read.json()["version"]}"'
    assert client.post(gateway_url(pk, "submit/"), HTTP_IF_MATCH=etag).status_code == 200
    first = world.client("epao1-admin").post(
        gateway_url(pk, "components/maths/review/"), {"decision": "accept"}, format="json",
        HTTP_IF_MATCH=client.get(gateway_url(pk))["ETag"])
    assert first.status_code == 200
    stale = world.client("epao1-quality_assurer").post(
        gateway_url(pk, "components/english/review/"), {"decision": "reject", "reason": "r"},
        format="json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412
    assert stale.json()["errors"][0]["code"] == "version_mismatch"
    english = next(c for c in client.get(gateway_url(pk)).json()["components"]
                   if c["component"] == "english")
    assert english["status"] == "submitted"


def test_a_second_review_of_one_component_does_not_overwrite_the_first(world):
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    world.client("provider1-admin").post(gateway_url(pk, "submit/"))
    accept = world.client("epao1-admin").post(gateway_url(pk, "components/maths/review/"),
                                              {"decision": "accept"}, format="json")
    assert accept.status_code == 200
    late = world.client("epao1-quality_assurer").post(
        gateway_url(pk, "components/maths/review/"), {"decision": "reject", "reason": "late"},
        format="json")
    assert late.status_code == 409
    assert late.json()["errors"][0]["code"] == "component_not_submitted"
    maths = next(c for c in world.client("epao1-admin").get(gateway_url(pk)).json()["components"]
                 if c["component"] == "maths")
    assert (maths["status"], maths["reviewed_by"]) == ("accepted", "epao1-admin")


def test_reading_a_gateway_takes_the_same_queries_however_much_evidence(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    client = world.client("provider1-admin")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(gateway_url(pk)).status_code == 200
        return len(captured)

    before = queries()
    for n in range(5):
        client.post(gateway_url(pk, "evidence/"), {"title": f"item {n}",
                                                  "evidence_date": "2025-01-01",
                                            "ksbs": ["K1", "S1"]}, format="json")
    assert queries() == before


def test_the_history_shows_who_did_what_and_when(world):
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    world.client("provider1-admin").post(gateway_url(pk, "submit/"))
    world.client("epao1-admin").post(gateway_url(pk, "components/portfolio/review/"),
                                     {"decision": "reject", "reason": "Unsigned."}, format="json")
    for who in ("epao1-admin", "provider1-staff", "employer1-admin"):
        response = world.client(who).get(f"{API}{pk}/history/")
        assert response.status_code == 200, who
        events = response.json()["events"]
        # the record's creation first, then the gateway's steps
        assert [(e["area"], e["action"]) for e in events][:3] == [
            ("apprenticeship", "created"), ("gateway", "opened"), ("gateway", "status_changed")]
        assert events[2]["after"] == {"status": "gateway_in_progress"}
        rejected = next(e for e in events if e["action"] == "component_rejected")
        assert rejected["actor"] == "epao1-admin"
        assert rejected["organisation"] == world.orgs["epao1"].pk
        assert rejected["subject"] == "portfolio"
        assert (rejected["before"], rejected["after"]) == (
            {"status": "submitted"}, {"status": "rejected"})
        assert rejected["reason"] == "Unsigned."
        assert rejected["at"]
    assert world.client("provider2-admin").get(f"{API}{pk}/history/").status_code == 404


def test_with_an_assessment_plan_the_portfolio_covers_the_plans_portfolio_ksbs(world):
    """The shipped example plan assesses some KSBs by a project and the rest by a professional
    discussion underpinned by the portfolio: the portfolio must cover only the latter."""
    import io

    from django.core.management import call_command

    from epa.plans.models import AssessmentMethod

    call_command("load_assessment_plans", stdout=io.StringIO())
    underpinned = AssessmentMethod.objects.get(underpinned_by_portfolio=True)
    option_codes = set(option_ksb_codes())
    plan_codes = {k.code for c in underpinned.criteria.all() for k in c.ksbs.all()} & option_codes
    assert plan_codes and plan_codes < option_codes

    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk, ksbs=sorted(plan_codes))
    portfolio = evaluate_gateway(world, pk, "2025-10-01")["portfolio"]["check"]
    assert (portfolio["status"], portfolio["rule"]["code"]) == ("met", "portfolio_covers_plan")
    assert set(portfolio["details"]["required"]) == plan_codes


def test_a_future_gateway_date_is_refused(world):
    """It would meet the minimum duration early; a dry run may still look ahead."""
    import datetime as dt

    pk = new_apprenticeship(world, start="2026-06-01", end="2027-12-01")
    future = (dt.date.today() + dt.timedelta(days=200)).isoformat()
    response = world.client("provider1-admin").post(gateway_url(pk), {"gateway_date": future},
                                                     format="json")
    assert (response.status_code, response.json()["errors"][0]["code"]) == (
        400, "gateway_in_future")
    ahead = evaluate_gateway(world, pk, future)["minimum_duration"]["check"]
    assert ahead["reason"] in ("minimum_duration_met", "minimum_duration_not_met")


def test_the_epao_does_not_change_while_it_reviews_the_gateway(world):
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    client = world.client("provider1-admin")
    assert client.patch(f"{API}{pk}/", {"epao": world.orgs["epao2"].pk},
                        format="json").status_code == 200  # a draft: still free to change
    client.patch(f"{API}{pk}/", {"epao": world.orgs["epao1"].pk}, format="json")
    assert client.post(gateway_url(pk, "submit/")).status_code == 200
    response = client.patch(f"{API}{pk}/", {"epao": world.orgs["epao2"].pk}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"][0]["attr"] == "epao"
    assert response.json()["errors"][0]["code"] == "gateway_submitted"
    apprenticeship = Apprenticeship.objects.get(pk=pk)
    learner = apprenticeship.learner
    synced = client.post(f"{API}sync/", {"records": [{
        "uln": learner.uln, "given_names": learner.given_names,
        "family_name": learner.family_name, "date_of_birth": str(learner.date_of_birth),
        "standard": "ST0792", "version": "1.0", "option": "Production coordinator",
        "employer": apprenticeship.employer_id, "epao": world.orgs["epao2"].pk,
        "start_date": str(apprenticeship.start_date),
        "planned_end_date": str(apprenticeship.planned_end_date)}]}, format="json")
    assert synced.json()["results"][0]["errors"][0]["code"] == "gateway_submitted"
    assert Apprenticeship.objects.get(pk=pk).epao == world.orgs["epao1"]


# -- issue 11: the rules as the funding rules state them -----------------------------------

@pytest.mark.parametrize(("achieved_on", "status"), [
    ("2025-10-01", "met"),      # on the gateway date
    ("2025-10-02", "not_met"),  # after it
    ("2099-01-01", "not_met"),  # in the future
])
def test_english_achieved_after_the_gateway_does_not_count(world, achieved_on, status):
    achievements = [{**ENGLISH_AND_MATHS[0], "achieved_on": achieved_on}, ENGLISH_AND_MATHS[1]]
    pk = new_apprenticeship(world, dob="2007-03-01", achievements=achievements)
    english = evaluate_gateway(world, pk, "2025-10-01")["english"]["check"]
    assert english["status"] == status


@pytest.mark.parametrize(("published", "status", "reason", "required"), [
    ("400", "met", "off_the_job_met", "400.0"),  # the file's minimumHoursForCompliance
    (None, "not_met", "otj_minimum_not_published", None),  # never met on the 2022 guess
])
def test_start_from_august_2025_uses_the_imported_minimum(world, tmp_path, published, status,
                                                           reason, required):
    if published:
        record = json.loads(SKILLS_ENGLAND_ST0792.read_text(encoding="utf-8"))
        path = tmp_path / "ST0792.json"
        path.write_text(json.dumps({**record, "minimumHoursForCompliance": published}))
        call_command("import_standards", str(path), "--no-progress", stdout=io.StringIO())
    pk = new_apprenticeship(world, start="2025-08-04", end="2026-08-03")
    open_ready_gateway(world, pk)
    components = {c["component"]: c for c in
                  world.client("provider1-admin").get(gateway_url(pk)).json()["components"]}
    check = components["off_the_job"]["check"]
    assert (check["status"], check["reason"]) == (status, reason)
    assert check["rule"]["code"] == "otj_published_minimum"
    if required:
        assert check["details"]["required_hours"] == required
    else:
        assert check["details"]["indicative_rule"] == "otj_6_hours_a_week"


def test_components_not_required_do_not_hold_the_decision_back(world):
    """Aged 19+ with the exemption: once every required component is accepted, the gateway
    passes without English and maths (not required) being reviewed."""
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    assert world.client("provider1-admin").post(gateway_url(pk, "submit/")).status_code == 200
    world.client("employer1-admin").post(gateway_url(pk, "sign-off/"),
                                         {"declaration": "Ready."}, format="json")
    admin = world.client("epao1-admin")
    components = admin.get(gateway_url(pk)).json()["components"]
    waiting = {c["component"] for c in components if c["status"] == "submitted"}
    assert {"english", "maths"} <= waiting
    body = None
    for kind in sorted(waiting - {"english", "maths"}):
        body = admin.post(gateway_url(pk, f"components/{kind}/review/"),
                          {"decision": "accept"}, format="json").json()
    assert body["status"] == "passed", body
    assert Apprenticeship.objects.get(pk=pk).status == "gateway_passed"
