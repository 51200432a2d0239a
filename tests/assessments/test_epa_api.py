"""The end-point assessment over HTTP, as an EPAO, its assessors and quality assurers, and the
apprentice's provider and employer would use it: the example ST0792 plan, from a passed
gateway through booking, judgements, quality assurance and release, resits and appeals."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from epa.assessments.models import Assessment, ConflictDeclaration
from epa.core.models import AuditEvent
from epa.learners.models import Apprenticeship
from epa.organisations.models import Membership
from tests.support.epa import (
    add_person,
    assess,
    book,
    epa_detail,
    further_learning_complete,
    judge_all,
    method_of,
    release,
    resit,
    start_epa,
    when,
)
from tests.support.gateway import gateway_url, new_apprenticeship, open_ready_gateway, review_all
from tests.support.plans import example_body

pytestmark = pytest.mark.django_db
API = "/api/v1/assessments/"


@pytest.fixture
def assessor2(world, django_user_model):
    return add_person(world, django_user_model, "epao1-assessor2", "epao1", "assessor")


# -- the walk-through -----------------------------------------------------------------

@pytest.mark.parametrize(("m1", "m2", "overall"), [
    ("fail", "distinction", "fail"),
    ("pass", "distinction", "pass"),
    ("distinction", "distinction", "distinction"),
])
def test_gateway_to_release_for_each_grade(world, passed, m1, m2, overall):
    detail = assess(world, passed, m1, m2)
    assert detail["status"] == "provisional"
    assert detail["overall_grade"] == overall
    assert detail["grading"] == {"method_grades": {"M1": m1, "M2": m2}, "matrix_grade": overall,
                                 "capped": False, "overall_grade": overall}
    m1_row = method_of(detail, "M1")
    assert m1_row["grade"] == m1 and m1_row["pending_criteria"] == []
    if m1 == "fail":
        assert m1_row["unmet_criteria"][0] == "PR1"  # how the fail was reached
    assert Apprenticeship.objects.get(pk=passed).status == "result_provisional"
    # the provider and employer never see a provisional grade
    assert world.client("provider1-admin").get(f"{API}{detail['id']}/").status_code == 404
    assert world.client("employer1-staff").get(API).json()["count"] == 0

    released = release(world, detail["id"])
    assert released["status"] == "released" and released["overall_grade"] == overall
    assert released["outcome"] == ("fail" if overall == "fail" else "pass")
    assert released["dfe_grade"] == overall.capitalize()
    # a fail with an attempt left is a confirmed result; a pass or better is achieved
    assert Apprenticeship.objects.get(pk=passed).status == (
        "result_confirmed" if overall == "fail" else "achieved")
    seen = world.client("employer1-staff").get(f"{API}{detail['id']}/")
    assert seen.status_code == 200 and seen.json()["overall_grade"] == overall


def test_the_epa_cannot_start_before_the_gateway_has_passed(world, plan):
    pk = new_apprenticeship(world)
    response = world.client("epao1-admin").post(API, {"apprenticeship": pk}, format="json")
    assert response.status_code == 409
    assert response.json()["errors"][0]["code"] == "gateway_not_passed"


def test_only_the_epao_admin_starts_and_books(world, passed):
    for who in ("epao1-quality_assurer", "epao1-assessor", "provider1-admin"):
        response = world.client(who).post(API, {"apprenticeship": passed}, format="json")
        assert response.status_code in (403, 404), who
    aid = start_epa(world, passed)["id"]
    assert world.client("epao2-admin").post(API, {"apprenticeship": passed},
                                            format="json").status_code == 404
    booking = world.client("epao1-quality_assurer").post(
        f"{API}{aid}/methods/M1/booking/", {"scheduled_at": when(),
                                             "assessor": "epao1-assessor"},
        format="json")
    assert booking.status_code == 403


# -- independence of assessors ------------------------------------------------------------------

def test_an_assessor_working_for_the_provider_is_refused(world, passed):
    Membership.objects.create(user=world.users["epao1-assessor"],
                              organisation=world.orgs["provider1"], role="staff")
    aid = start_epa(world, passed)["id"]
    response = book(world, aid, "M1")
    assert response.status_code == 400
    assert response.json()["errors"] == [{
        "code": "assessor_works_for_party", "attr": "assessor",
        "detail": "Conflict of interest: the assessor is a member of the apprentice's provider "
                  "or employer."}]


def test_a_declared_conflict_refuses_the_assessor(world, passed):
    uln = Apprenticeship.objects.get(pk=passed).learner.uln
    declared = world.client("epao1-assessor").post("/api/v1/assessor-conflicts/", {
        "assessor": "epao1-assessor", "epao": world.orgs["epao1"].pk,
        "uln": uln, "reason": "My nephew."}, format="json")
    assert declared.status_code == 201, declared.json()
    assert declared.json()["declared_by"] == "epao1-assessor"
    aid = start_epa(world, passed)["id"]
    response = book(world, aid, "M1")
    assert (response.status_code, response.json()["errors"][0]["code"]) == (
        400, "assessor_declared_conflict")
    # the declarations are records: the EPAO's admins see them, another EPAO does not
    assert world.client("epao1-admin").get("/api/v1/assessor-conflicts/").json()["count"] == 1
    assert world.client("epao2-admin").get("/api/v1/assessor-conflicts/").json()["count"] == 0


def test_someone_who_is_not_an_assessor_of_the_epao_is_refused(world, passed):
    aid = start_epa(world, passed)["id"]
    for who in ("epao1-quality_assurer", "epao2-assessor"):
        response = book(world, aid, "M1", assessor=who)
        assert response.json()["errors"][0]["code"] == "not_an_assessor", who


def test_a_booking_outside_the_epa_period_is_refused(world, passed):
    aid = start_epa(world, passed)["id"]
    response = book(world, aid, "M1", days=93)  # clear of time-zone edges
    assert response.status_code == 400
    assert response.json()["errors"][0]["attr"] == "scheduled_at"
    assert response.json()["errors"][0]["code"] == "outside_epa_period"
    assert book(world, aid, "M1", days=87).status_code == 200


# -- judgements -------------------------------------------------------------------------------

def test_only_the_booked_assessor_records_judgements(world, passed, assessor2):
    aid = start_epa(world, passed)["id"]
    book(world, aid, "M1")
    url = f"{API}{aid}/methods/M1/judgements/PR1/"
    assert world.client("epao1-assessor2").put(url, {"met": True}, format="json"
                                               ).status_code == 404  # sees nothing of it
    refused = world.client("epao1-quality_assurer").put(url, {"met": True}, format="json")
    assert (refused.status_code, refused.json()["errors"][0]["code"]) == (
        403, "not_the_assigned_assessor")
    assert world.client("epao1-assessor").put(url, {"met": True, "ksbs_observed": ["K1"]},
                                              format="json").status_code == 200
    outside = world.client("epao1-assessor").put(
        f"{API}{aid}/methods/M1/judgements/PR2/", {"met": True, "ksbs_observed": ["B1"]},
        format="json")
    assert outside.json()["errors"][0]["code"] == "ksb_not_in_criterion"


def test_two_people_editing_one_judgement_do_not_lose_an_update(world, passed):
    aid = start_epa(world, passed)["id"]
    book(world, aid, "M1")
    url = f"{API}{aid}/methods/M1/judgements/PR1/"
    first = world.client("epao1-assessor").put(url, {"met": True}, format="json")
    etag = first["ETag"]
    tablet, laptop = world.client("epao1-assessor"), world.client("epao1-assessor")
    one = tablet.put(url, {"met": False, "evidence_note": "Schedule incomplete."},
                     format="json", HTTP_IF_MATCH=etag)
    two = laptop.put(url, {"met": True, "evidence_note": "Fine."}, format="json",
                     HTTP_IF_MATCH=etag)
    assert (one.status_code, two.status_code) == (200, 412)
    assert two.json()["errors"][0]["code"] == "version_mismatch"
    blind = laptop.put(url, {"met": True}, format="json")
    assert (blind.status_code, blind.json()["errors"][0]["code"]) == (428, "if_match_required")
    judgement = method_of(epa_detail(world, aid), "M1")["judgements"][0]
    assert (judgement["met"], judgement["evidence_note"]) == (False, "Schedule incomplete.")


# -- quality assurance ------------------------------------------------------------------------

def test_quality_assurance_changes_a_grade_with_a_reason_and_locks_it(world, passed):
    detail = assess(world, passed, "pass", "pass")
    url = f"{API}{detail['id']}/quality-assurance/"
    qa = world.client("epao1-quality_assurer")
    missing = qa.post(url, {"changes": [{"method": "M2", "grade": "distinction", "reason": ""}]},
                      format="json")
    assert missing.status_code == 400
    released = release(world, detail["id"], changes=[
        {"method": "M2", "grade": "distinction", "reason": "Evidence of PDD1 was overlooked."}])
    m2 = method_of(released, "M2")
    assert (m2["grade"], m2["qa_grade"], m2["final_grade"]) == ("pass", "distinction",
                                                                 "distinction")
    assert released["overall_grade"] == "pass"  # pass + distinction is pass in the matrix
    locked = world.client("epao1-assessor").put(
        f"{API}{detail['id']}/methods/M1/judgements/PR1/", {"met": False}, format="json",
        HTTP_IF_MATCH='"1"')
    assert (locked.status_code, locked.json()["errors"][0]["code"]) == (409, "result_locked")


def test_the_quality_assurer_must_not_have_assessed_it(world, passed, django_user_model):
    both = add_person(world, django_user_model, "epao1-both", "epao1", "assessor")
    Membership.objects.create(user=both, organisation=world.orgs["epao1"],
                              role="quality_assurer")
    aid = start_epa(world, passed)["id"]
    book(world, aid, "M1", assessor="epao1-both")
    book(world, aid, "M2")
    judge_all(world, aid, "M1", "pass", assessor="epao1-both")
    judge_all(world, aid, "M2", "pass")
    response = world.client("epao1-both").post(f"{API}{aid}/quality-assurance/", {},
                                               format="json")
    assert (response.status_code, response.json()["errors"][0]["code"]) == (
        403, "quality_assurer_not_independent")
    assert world.client("epao1-admin").post(f"{API}{aid}/quality-assurance/", {},
                                            format="json").status_code == 403


# -- resits and retakes -----------------------------------------------------------------------

def test_a_resit_after_a_fail_rebooks_the_failed_method_and_is_capped_at_pass(world, passed):
    failed = assess(world, passed, "fail", "distinction")
    release(world, failed["id"])
    response = world.client("epao1-admin").post(f"{API}{failed['id']}/resit/", {"kind": "resit"},
                                                format="json")
    assert response.status_code == 201, response.json()
    second = response.json()
    assert (second["number"], second["kind"], second["grade_capped"]) == (2, "resit", True)
    assert method_of(second, "M2")["status"] == "carried"
    assert method_of(second, "M2")["carried_from_attempt"] == 1
    assert method_of(second, "M1")["status"] == "awaiting_booking"
    assert book(world, second["id"], "M2").json()["errors"][0]["code"] == "method_carried"
    assert book(world, second["id"], "M1").status_code == 200
    judge_all(world, second["id"], "M1", "distinction")
    detail = epa_detail(world, second["id"])
    assert detail["grading"] == {"method_grades": {"M1": "distinction", "M2": "distinction"},
                                 "matrix_grade": "distinction", "capped": True,
                                 "overall_grade": "pass"}
    assert release(world, second["id"])["overall_grade"] == "pass"


def test_exceptional_circumstances_lift_the_cap(world, passed):
    failed = assess(world, passed, "fail", "distinction")
    release(world, failed["id"])
    client = world.client("epao1-admin")
    no_reason = client.post(f"{API}{failed['id']}/resit/",
                            {"kind": "retake", "exceptional_circumstances": True}, format="json")
    assert no_reason.json()["errors"][0]["attr"] == "exceptional_reason"
    retake = client.post(f"{API}{failed['id']}/resit/", {
        "kind": "retake", "exceptional_circumstances": True,
        "exceptional_reason": "Bereavement during the first attempt."}, format="json").json()
    assert retake["grade_capped"] is False
    assert further_learning_complete(world, passed).status_code == 200
    book(world, retake["id"], "M1")
    judge_all(world, retake["id"], "M1", "distinction")
    assert epa_detail(world, retake["id"])["overall_grade"] == "distinction"


def test_the_attempt_limit_is_enforced(world, passed):
    aid = assess(world, passed, "fail", "pass")["id"]
    release(world, aid)
    for attempt in (2, 3):
        aid = world.client("epao1-admin").post(f"{API}{aid}/resit/", {"kind": "resit"},
                                               format="json").json()["id"]
        book(world, aid, "M1")
        judge_all(world, aid, "M1", "fail")
        assert release(world, aid)["number"] == attempt
    fourth = world.client("epao1-admin").post(f"{API}{aid}/resit/", {"kind": "resit"},
                                              format="json")
    assert (fourth.status_code, fourth.json()["errors"][0]["code"]) == (
        409, "attempt_limit_reached")


def test_a_resit_window_closes(world, passed):
    aid = assess(world, passed, "fail", "pass")["id"]
    release(world, aid)
    # Well past the 90 days: a day or two either side is a matter of time zones (British
    # Summer Time shifts a late-evening release into the next day).
    Assessment.objects.filter(pk=aid).update(
        released_at=timezone.now() - dt.timedelta(days=95))
    response = world.client("epao1-admin").post(f"{API}{aid}/resit/", {"kind": "resit"},
                                                format="json")
    assert (response.status_code, response.json()["errors"][0]["code"]) == (
        409, "resit_window_closed")
    retake = world.client("epao1-admin").post(f"{API}{aid}/resit/", {"kind": "retake"},
                                              format="json")
    assert retake.status_code == 201  # the retake window (180 days) is still open


# -- appeals ----------------------------------------------------------------------------------

def test_an_upheld_appeal_reopens_the_method_for_another_assessor(world, passed, assessor2):
    detail = assess(world, passed, "pass", "distinction")
    aid = detail["id"]
    release(world, aid)
    lodged = world.client("employer1-admin").post(f"{API}{aid}/appeal/", {
        "method": "M1", "grounds": "The presentation was cut short by a fire alarm."},
        format="json")
    assert lodged.status_code == 201, lodged.json()
    appeal = lodged.json()
    decided = world.client("epao1-admin").post(f"{API}{aid}/appeals/{appeal['id']}/decision/",
                                               {"decision": "uphold",
                                                "reason": "The session was disrupted."},
                                               format="json")
    assert decided.status_code == 200 and decided.json()["status"] == "upheld"
    reopened = epa_detail(world, aid)
    assert reopened["status"] == "in_progress" and reopened["overall_grade"] == ""
    assert method_of(reopened, "M1")["status"] == "awaiting_booking"
    assert world.client("provider1-admin").get(f"{API}{aid}/").status_code == 404
    same = book(world, aid, "M1")
    assert same.json()["errors"][0]["code"] == "assessor_previously_assessed"
    assert book(world, aid, "M1", assessor="epao1-assessor2").status_code == 200
    judge_all(world, aid, "M1", "distinction", assessor="epao1-assessor2")
    assert release(world, aid)["overall_grade"] == "distinction"


def test_no_appeal_against_the_highest_grade(world, passed):
    aid = assess(world, passed, "distinction", "distinction")["id"]
    release(world, aid)
    response = world.client("provider1-admin").post(f"{API}{aid}/appeal/", {
        "method": "M1", "grounds": "More!"}, format="json")
    assert (response.status_code, response.json()["errors"][0]["code"]) == (
        409, "highest_grade_awarded")


def test_an_appeal_within_the_window_is_lodged(world, passed):
    aid = assess(world, passed, "pass", "pass")["id"]
    release(world, aid)
    Assessment.objects.filter(pk=aid).update(released_at=timezone.now() - dt.timedelta(days=29))
    response = world.client("provider1-admin").post(f"{API}{aid}/appeal/", {
        "method": "M1", "grounds": "In time."}, format="json")
    assert response.status_code == 201, response.json()


def test_the_appeal_window_closes_after_31_days(world, passed):
    aid = assess(world, passed, "pass", "pass")["id"]
    release(world, aid)
    Assessment.objects.filter(pk=aid).update(released_at=timezone.now() - dt.timedelta(days=32))
    response = world.client("provider1-admin").post(f"{API}{aid}/appeal/", {
        "method": "M1", "grounds": "Late."}, format="json")
    assert (response.status_code, response.json()["errors"][0]["code"]) == (
        409, "appeal_window_closed")
    dismissed_by = world.client("epao1-assessor").post(f"{API}{aid}/appeal/", {
        "method": "M1", "grounds": "x"}, format="json")
    assert dismissed_by.status_code == 403


# -- coverage and history ---------------------------------------------------------------------

def test_ksb_coverage_lists_every_option_ksb_and_what_is_unassessed(world, passed):
    aid = start_epa(world, passed)["id"]
    before = world.client("epao1-admin").get(f"{API}{aid}/coverage/").json()
    assert len(before["ksbs"]) == 47 and len(before["unassessed"]) == 47
    book(world, aid, "M1")
    judge_all(world, aid, "M1", "pass")
    after = world.client("epao1-admin").get(f"{API}{aid}/coverage/").json()
    k1 = next(k for k in after["ksbs"] if k["code"] == "K1")
    assert k1["assessed"] and {e["method"] for e in k1["entries"]} == {"M1"}
    assert all(e["met"] is not None for e in k1["entries"])
    assert "B1" in after["unassessed"] and "K1" not in after["unassessed"]


def test_the_history_shows_every_step_to_the_epao_and_only_results_to_the_provider(
        world, passed):
    aid = assess(world, passed, "pass", "pass")["id"]
    release(world, aid)
    epao = world.client("epao1-admin").get(f"/api/v1/apprenticeships/{passed}/history/").json()
    actions = [(e["area"], e["action"]) for e in epao["events"]]
    for step in [("gateway", "passed"), ("assessment", "started"), ("assessment", "booked"),
                 ("assessment", "judgement_recorded"), ("assessment", "provisional"),
                 ("result", "released")]:
        assert step in actions, step
    judged = next(e for e in epao["events"] if e["action"] == "judgement_recorded")
    assert judged["actor"] == "epao1-assessor" and judged["after"]["met"] in (True, False)
    provider = world.client("provider1-admin").get(
        f"/api/v1/apprenticeships/{passed}/history/").json()
    areas = {e["area"] for e in provider["events"]}
    assert areas == {"apprenticeship", "gateway", "result"}
    assert AuditEvent.objects.filter(area="assessment").count() > 10


def test_listing_attempts_takes_the_same_queries_however_many(world, passed, plan):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assess(world, passed, "pass", "pass")
    client = world.client("epao1-admin")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(API).status_code == 200
        return len(captured)

    one = queries()
    other = new_apprenticeship(world, uln_seed="100000002")
    open_ready_gateway(world, other)
    world.client("provider1-admin").post(gateway_url(other, "submit/"))
    world.client("employer1-admin").post(gateway_url(other, "sign-off/"), {"declaration": "Ready."},
                                         format="json")
    review_all(world, other)
    assess(world, other, "fail", "pass")
    assert client.get(API).json()["count"] == 2
    assert queries() == one


def test_conflict_declarations_name_one_party(world):
    response = world.client("epao1-admin").post("/api/v1/assessor-conflicts/", {
        "assessor": "epao1-assessor", "epao": world.orgs["epao1"].pk,
        "reason": "?"}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"][0] == {
        "code": "one_party_required", "attr": "uln",
        "detail": "Name either an apprentice (by ULN) or an organisation."}
    assert ConflictDeclaration.objects.count() == 0
    other = world.client("epao1-assessor").post("/api/v1/assessor-conflicts/", {
        "assessor": "epao1-assessor", "epao": world.orgs["epao2"].pk,
        "organisation": world.orgs["provider1"].pk, "reason": "Former employer."},
        format="json")
    assert other.status_code == 403


def test_a_plan_in_use_keeps_its_grading_and_a_new_version_serves_new_attempts(world, passed):
    body = example_body()
    own = world.client("epao1-admin").post("/api/v1/assessment-plans/", body, format="json")
    assert own.status_code == 201, own.json()
    attempt = start_epa(world, passed)
    assert attempt["plan"] == own.json()["id"]  # the EPAO's own plan is preferred
    body["matrix"][-1]["overall_grade"] = "pass"  # distinction + distinction: pass
    url = f"/api/v1/assessment-plans/{own.json()['id']}/"
    changed = world.client("epao1-admin").put(url, body, format="json")
    assert changed.status_code == 400
    assert changed.json()["errors"][0]["code"] == "plan_in_use"
    republished = world.client("epao1-admin").post("/api/v1/assessment-plans/", body,
                                                   format="json")
    assert republished.status_code == 201 and republished.json()["version"] == 2
    assert epa_detail(world, attempt["id"])["plan_version"] == 1  # the attempt keeps its plan


def test_after_the_gateway_the_facts_the_epa_rests_on_are_locked(world, passed):
    """A PATCH or a sync changing the option, version, EPAO or start date is refused; other
    changes still go through."""
    from epa.standards.models import Option

    other = Option.objects.get(title="Post production coordinator")
    client = world.client("provider1-admin")
    url = f"/api/v1/apprenticeships/{passed}/"
    refused = client.patch(url, {"option": other.pk, "start_date": "2024-09-02"}, format="json")
    assert refused.status_code == 400
    assert {(e["attr"], e["code"]) for e in refused.json()["errors"]} == {
        ("option", "locked_after_gateway"), ("start_date", "locked_after_gateway")}
    assert client.patch(url, {"planned_otj_hours": 450}, format="json").status_code == 200

    apprenticeship = Apprenticeship.objects.get(pk=passed)
    learner = apprenticeship.learner
    record = {"uln": learner.uln, "given_names": learner.given_names,
              "family_name": learner.family_name, "date_of_birth": str(learner.date_of_birth),
              "standard": "ST0792", "version": "1.0", "option": other.title,
              "employer": apprenticeship.employer_id, "epao": apprenticeship.epao_id,
              "start_date": str(apprenticeship.start_date),
              "planned_end_date": str(apprenticeship.planned_end_date)}
    synced = client.post("/api/v1/apprenticeships/sync/", {"records": [record]}, format="json")
    result = synced.json()["results"][0]
    assert result["outcome"] == "error"
    assert result["errors"] == [{"attr": "option", "code": "locked_after_gateway",
                                 "detail": result["errors"][0]["detail"]}]
    assert Apprenticeship.objects.get(pk=passed).option.title == "Production coordinator"


# -- found in review: each of these was a defect ----------------------------------------------


def test_a_third_attempt_shows_the_judgements_of_the_attempt_that_graded_a_carried_method(
        world, passed):
    first = assess(world, passed, "fail", "pass")["id"]
    release(world, first)
    second = resit(world, first)["id"]
    book(world, second, "M1")
    judge_all(world, second, "M1", "fail")
    release(world, second)
    third = resit(world, second)
    assert method_of(third, "M2")["carried_from_attempt"] == 1
    coverage = world.client("epao1-admin").get(f"{API}{third['id']}/coverage/").json()
    m2 = [e for k in coverage["ksbs"] for e in k["entries"] if e["method"] == "M2"]
    assert {e["attempt"] for e in m2} == {1}
    assert {e["met"] for e in m2} == {True, False}  # judged in attempt 1, not "unassessed"


def test_a_carried_grade_cannot_be_appealed_in_a_later_attempt(world, passed, assessor2):
    first = assess(world, passed, "fail", "distinction")["id"]
    release(world, first)
    second = resit(world, first)["id"]
    book(world, second, "M1", assessor="epao1-assessor2")
    judge_all(world, second, "M1", "pass", assessor="epao1-assessor2")
    assert release(world, second)["overall_grade"] == "pass"
    response = world.client("employer1-admin").post(f"{API}{second}/appeal/", {
        "method": "M2", "grounds": "The carried grade was wrong."}, format="json")
    assert (response.status_code, response.json()["errors"][0]["code"]) == (
        400, "method_carried")


def test_a_superseded_result_is_not_appealed_and_a_pending_appeal_blocks_a_resit(
        world, passed):
    first = assess(world, passed, "fail", "pass")["id"]
    release(world, first)
    lodged = world.client("provider1-admin").post(f"{API}{first}/appeal/", {
        "method": "M1", "grounds": "The room was noisy."}, format="json")
    assert lodged.status_code == 201
    blocked = world.client("epao1-admin").post(f"{API}{first}/resit/", {"kind": "resit"},
                                               format="json")
    assert (blocked.status_code, blocked.json()["errors"][0]["code"]) == (409, "appeal_pending")
    world.client("epao1-admin").post(f"{API}{first}/appeals/{lodged.json()['id']}/decision/",
                                     {"decision": "dismiss", "reason": "Noise was minor."},
                                     format="json")
    resit(world, first)
    late = world.client("provider1-admin").post(f"{API}{first}/appeal/", {
        "method": "M1", "grounds": "Again."}, format="json")
    assert (late.status_code, late.json()["errors"][0]["code"]) == (409, "assessment_exists")


def test_an_assessor_re_booked_away_records_nothing(world, passed, assessor2):
    from epa.assessments import services
    from epa.assessments.models import MethodAssessment
    from epa.core.errors import Forbidden
    from epa.organisations.access import actor_for_user

    aid = start_epa(world, passed)["id"]
    book(world, aid, "M1")
    read_before = MethodAssessment.objects.get(assessment_id=aid, method__code="M1")
    assert book(world, aid, "M1", assessor="epao1-assessor2").status_code == 200
    with pytest.raises(Forbidden):
        services.judgement_record(method_assessment=read_before, criterion_code="PR1",
                                  actor=actor_for_user(world.users["epao1-assessor"]), met=True)


def test_re_booking_another_assessor_clears_the_judgements_so_far(world, passed, assessor2):
    aid = start_epa(world, passed)["id"]
    book(world, aid, "M1")
    world.client("epao1-assessor").put(f"{API}{aid}/methods/M1/judgements/PR1/", {"met": True},
                                       format="json")
    assert book(world, aid, "M1", assessor="epao1-assessor2").status_code == 200
    m1 = method_of(epa_detail(world, aid), "M1")
    assert m1["judgements"] == [] and "PR1" in m1["pending_criteria"]
    booked = AuditEvent.objects.filter(action="booked").last()
    assert booked.before["judgements_cleared"][0]["criterion"] == "PR1"


def test_the_quality_assurer_must_not_have_given_a_carried_grade(world, passed,
                                                                 django_user_model):
    both = add_person(world, django_user_model, "epao1-both", "epao1", "assessor")
    Membership.objects.create(user=both, organisation=world.orgs["epao1"],
                              role="quality_assurer")
    first = start_epa(world, passed)["id"]
    book(world, first, "M1")
    book(world, first, "M2", assessor="epao1-both")
    judge_all(world, first, "M1", "fail")
    judge_all(world, first, "M2", "pass", assessor="epao1-both")
    release(world, first)
    second = resit(world, first)["id"]
    book(world, second, "M1")
    judge_all(world, second, "M1", "pass")
    response = world.client("epao1-both").post(f"{API}{second}/quality-assurance/", {},
                                               format="json")
    assert (response.status_code, response.json()["errors"][0]["code"]) == (
        403, "quality_assurer_not_independent")


def test_a_change_of_the_record_never_writes_back_a_stale_status(world, passed):
    from epa.core.actor import SYSTEM
    from epa.learners.services import apprenticeship_update

    stale = Apprenticeship.objects.get(pk=passed)
    Apprenticeship.objects.filter(pk=passed).update(status="epa_booked")  # moved meanwhile
    apprenticeship_update(actor=SYSTEM, apprenticeship=stale, data={"planned_otj_hours": 401})
    saved = Apprenticeship.objects.get(pk=passed)
    assert (saved.status, saved.planned_otj_hours) == ("epa_booked", 401)


def test_names_and_ids_of_other_organisations_answer_like_unknown_ones(world, passed):
    client = world.client("epao2-admin")
    hidden = client.post(API, {"apprenticeship": passed}, format="json")
    missing = client.post(API, {"apprenticeship": 987654}, format="json")
    assert hidden.status_code == missing.status_code == 404
    uln = Apprenticeship.objects.get(pk=passed).learner.uln
    for probe in (uln, "1234567890"):
        declared = client.post("/api/v1/assessor-conflicts/", {
            "assessor": "epao2-assessor", "epao": world.orgs["epao2"].pk, "uln": probe,
            "reason": "Probe."}, format="json")
        assert declared.status_code == 201
    aid = start_epa(world, passed)["id"]
    for name in ("epao2-assessor", "nobody-at-all"):
        booking = book(world, aid, "M1", assessor=name)
        assert booking.json()["errors"][0]["code"] == "not_an_assessor", name


# -- an assessor's client ---------------------------------------------------------------------

def test_an_assessor_records_judgements_with_a_personal_api_key(world, passed):
    from rest_framework.test import APIClient

    epao = world.orgs["epao1"].pk
    created = world.client("epao1-assessor").post(
        f"/api/v1/organisations/{epao}/api-keys/",
        {"name": "Assessment tablet", "scopes": ["read", "write"], "personal": True},
        format="json")
    assert created.status_code == 201, created.json()
    assert (created.json()["personal"], created.json()["user"]) == (True, "epao1-assessor")
    tablet = APIClient()
    tablet.credentials(HTTP_AUTHORIZATION=f"Bearer {created.json()['key']}")

    aid = start_epa(world, passed)["id"]
    book(world, aid, "M1")
    judged = tablet.put(f"{API}{aid}/methods/M1/judgements/PR1/", {"met": True}, format="json")
    assert judged.status_code == 200, judged.json()
    assert judged.json()["recorded_by"] == "epao1-assessor"
    event = AuditEvent.objects.get(action="judgement_recorded")
    assert event.actor_user == world.users["epao1-assessor"] and event.actor_api_key_id
    # the key acts as its person: an assessor, not the EPAO's admin
    assert tablet.post(API, {"apprenticeship": passed}, format="json").status_code in (403, 404)
    # a member who is not an admin makes personal keys only, and sees only their own
    organisation_key = world.client("epao1-assessor").post(
        f"/api/v1/organisations/{epao}/api-keys/", {"name": "x", "scopes": ["read"]},
        format="json")
    assert organisation_key.status_code == 403
    world.client("epao1-admin").post(f"/api/v1/organisations/{epao}/api-keys/",
                                     {"name": "EPAO system", "scopes": ["read"]}, format="json")
    own = world.client("epao1-assessor").get(f"/api/v1/organisations/{epao}/api-keys/").json()
    assert [k["name"] for k in own["results"]] == ["Assessment tablet"]
    everything = world.client("epao1-admin").get(f"/api/v1/organisations/{epao}/api-keys/")
    assert everything.json()["count"] == 2
    # without a role in the organisation the key opens nothing
    Membership.objects.filter(user=world.users["epao1-assessor"]).delete()
    assert tablet.get(f"{API}{aid}/").status_code in (401, 403)


def test_each_judgement_answers_with_where_the_grades_stand(world, passed):
    aid = start_epa(world, passed)["id"]
    book(world, aid, "M1")
    client = world.client("epao1-assessor")
    answer = client.put(f"{API}{aid}/methods/M1/judgements/PR1/", {
        "met": False, "evidence_note": "Brief missing.", "ksbs_observed": ["K1"]}, format="json")
    first = answer.json()
    assert {k: first[k] for k in ("criterion", "band", "met", "evidence_note", "ksbs_observed",
                                  "recorded_by", "version")} == {
        "criterion": "PR1", "band": "pass", "met": False, "evidence_note": "Brief missing.",
        "ksbs_observed": ["K1"], "recorded_by": "epao1-assessor", "version": 1}
    assert answer["ETag"] == '"1"'
    assert (first["method_grade"], first["overall_grade"]) == ("", "")
    assert "PR1" not in first["pending_criteria"] and "PR2" in first["pending_criteria"]
    judge_all(world, aid, "M1", "pass")  # the rest: pass criteria met, distinction not
    last = client.put(f"{API}{aid}/methods/M1/judgements/PR1/", {"met": True},
                      format="json", HTTP_IF_MATCH='"1"').json()
    assert (last["method_grade"], last["pending_criteria"]) == ("pass", [])
    assert last["unmet_criteria"] == ["PRD1", "PRD2"]
    assert (last["met"], last["version"], last["overall_grade"]) == (True, 2, "")
    book(world, aid, "M2")
    judge_all(world, aid, "M2", "distinction")
    again = client.put(f"{API}{aid}/methods/M2/judgements/PD1/", {"met": True},
                       format="json", HTTP_IF_MATCH='"1"').json()
    assert (again["method_grade"], again["overall_grade"]) == ("distinction", "pass")
