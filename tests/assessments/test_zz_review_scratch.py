import datetime as dt

import pytest
from django.utils import timezone

from epa.assessments import flow
from epa.assessments.models import Assessment, MethodAssessment
from epa.learners.models import Apprenticeship
from epa.organisations.access import Actor
from epa.organisations.models import Membership
from tests.assessments.test_epa_api import (
    API, _assess, assessor2, _book, _detail, _judge_all, _method, _person, _release,
)
from tests.gateway.test_gateway_api import _apprenticeship, _url

pytestmark = pytest.mark.django_db


def _resit(world, aid, kind="resit"):
    r = world.client("epao1-admin").post(f"{API}{aid}/resit/", {"kind": kind}, format="json")
    assert r.status_code == 201, r.json()
    return r.json()


def test_t1_coverage_third_attempt_carried_chain(world, passed):
    a1 = _assess(world, passed, "fail", "pass")["id"]
    _release(world, a1)
    a2 = _resit(world, a1)["id"]
    _book(world, a2, "M1")
    _judge_all(world, a2, "M1", "fail")
    _release(world, a2)
    a3 = _resit(world, a2)
    print("M2 carried_from_attempt in attempt 3:", _method(a3, "M2")["carried_from_attempt"])
    cov = world.client("epao1-admin").get(f"{API}{a3['id']}/coverage/").json()
    cov2 = world.client("epao1-admin").get(f"{API}{a2}/coverage/").json()
    print("attempt2 unassessed:", len(cov2["unassessed"]), "attempt3 unassessed:",
          len(cov["unassessed"]), cov["unassessed"][:10])
    m2 = [e for k in cov["ksbs"] for e in k["entries"] if e["method"] == "M2"]
    m2_2 = [e for k in cov2["ksbs"] for e in k["entries"] if e["method"] == "M2"]
    print("attempt 2 M2 entries met:", {e["met"] for e in m2_2}, "attempt:", {e["attempt"] for e in m2_2})
    print("attempt 3 M2 entries met:", {e["met"] for e in m2}, "attempt:", {e["attempt"] for e in m2})
    assert {e["met"] for e in m2} == {e["met"] for e in m2_2}


def test_t2_appeal_on_carried_method_same_assessor_rebooked(world, passed, assessor2):
    # attempt 1: M1 fail (assessor), M2 distinction (assessor)
    a1 = _assess(world, passed, "fail", "distinction")["id"]
    _release(world, a1)
    a2 = _resit(world, a1)["id"]
    _book(world, a2, "M1", assessor="epao1-assessor2")
    _judge_all(world, a2, "M1", "pass", assessor="epao1-assessor2")
    rel = _release(world, a2)
    assert rel["overall_grade"] == "pass"
    lodged = world.client("employer1-admin").post(f"{API}{a2}/appeal/", {
        "method": "M2", "grounds": "Carried grade was wrong."}, format="json")
    print("appeal on carried method:", lodged.status_code, lodged.json())
    assert lodged.status_code == 201
    d = world.client("epao1-admin").post(f"{API}{a2}/appeals/{lodged.json()['id']}/decision/",
                                         {"decision": "uphold", "reason": "x"}, format="json")
    assert d.status_code == 200
    same = _book(world, a2, "M2", assessor="epao1-assessor")  # assessed M2 in attempt 1
    print("rebook original M2 assessor:", same.status_code, same.json().get("errors"))
    assert same.status_code == 400


def test_t3_appeal_on_non_latest_attempt(world, passed):
    a1 = _assess(world, passed, "fail", "pass")["id"]
    _release(world, a1)
    a2 = _resit(world, a1)["id"]
    lodged = world.client("provider1-admin").post(f"{API}{a1}/appeal/", {
        "method": "M1", "grounds": "x"}, format="json")
    print("appeal on attempt 1 after resit started:", lodged.status_code)
    d = world.client("epao1-admin").post(f"{API}{a1}/appeals/{lodged.json()['id']}/decision/",
                                         {"decision": "uphold", "reason": "x"}, format="json")
    print("uphold:", d.status_code)
    print("apprenticeship:", Apprenticeship.objects.get(pk=passed).status)
    print("statuses:", list(Assessment.objects.filter(apprenticeship_id=passed)
                            .values_list("number", "status")))
    open_ = Assessment.objects.filter(apprenticeship_id=passed).exclude(status="released")
    assert open_.count() <= 1


def test_t3b_resit_while_appeal_pending(world, passed):
    a1 = _assess(world, passed, "fail", "pass")["id"]
    _release(world, a1)
    lodged = world.client("provider1-admin").post(f"{API}{a1}/appeal/", {
        "method": "M1", "grounds": "x"}, format="json")
    assert lodged.status_code == 201
    r = world.client("epao1-admin").post(f"{API}{a1}/resit/", {"kind": "resit"}, format="json")
    print("resit while appeal pending:", r.status_code)
    assert r.status_code == 409


def test_t4_judgement_toctou_stale_assessor(world, passed, assessor2):
    aid = _assess(world, passed, "pass", "pass")["id"]
    # fresh attempt instead: start new data
    a = Assessment.objects.get(pk=aid)
    m1 = MethodAssessment.objects.get(assessment=a, method__code="M1")


def test_t4_judgement_uses_unlocked_assessor(world, plan, assessor2, passed):
    from tests.assessments.test_epa_api import _start
    aid = _start(world, passed)["id"]
    assert _book(world, aid, "M1").status_code == 200
    stale = MethodAssessment.objects.select_related("assessment__apprenticeship").get(
        assessment_id=aid, method__code="M1")
    # admin re-books to assessor2 (as would happen concurrently)
    assert _book(world, aid, "M1", assessor="epao1-assessor2").status_code == 200
    from epa.organisations.access import actor_for_user
    old = actor_for_user(world.users["epao1-assessor"])
    try:
        j = flow.judgement_record(method_assessment=stale, criterion_code="PR1", actor=old,
                                  met=True)
        print("old assessor recorded after re-booking:", j.recorded_by)
        recorded = True
    except Exception as exc:  # noqa
        print("refused", exc)
        recorded = False
    assert not recorded


def test_t5_future_gateway_date(world, plan):
    pk = _apprenticeship(world, start="2026-06-01", end="2027-12-01", uln_seed="100000002")
    client = world.client("provider1-admin")
    r = client.post(_url(pk), {"gateway_date": "2027-06-01", "contracted_hours_per_week": "37.5",
                               "off_the_job_hours": "1000",
                               "english_maths_exemption_evidence": "plan"}, format="json")
    print("open with future gateway_date:", r.status_code)
    comps = {c["component"]: c["check"]["status"] for c in r.json()["components"]}
    print("minimum_duration:", comps["minimum_duration"], "today:", timezone.localdate())
    from tests.gateway.test_gateway_api import _option_ksb_codes
    client.post(_url(pk, "evidence/"), {"title": "t", "evidence_date": "2026-10-01",
                "ksbs": _option_ksb_codes()}, format="json")
    client.post(_url(pk, "declaration/"), {"declaration": "Ready."}, format="json")
    sub = client.post(_url(pk, "submit/"))
    print("submit with future gateway date:", sub.status_code, sub.json().get("status"),
          sub.json().get("errors"))
    assert comps["minimum_duration"] == "not_met"


def test_t6_conflict_uln_oracle(world, plan):
    pk = _apprenticeship(world, uln_seed="100000002")  # provider1's learner; not epao2's
    Apprenticeship.objects.filter(pk=pk).update(epao=world.orgs["epao1"])
    uln = Apprenticeship.objects.get(pk=pk).learner.uln
    r = world.client("epao2-admin").post("/api/v1/assessor-conflicts/", {
        "assessor": "epao2-assessor", "epao": world.orgs["epao2"].pk, "learner": uln,
        "reason": "probe"}, format="json")
    r2 = world.client("epao2-admin").post("/api/v1/assessor-conflicts/", {
        "assessor": "epao2-assessor", "epao": world.orgs["epao2"].pk, "learner": "1234567890",
        "reason": "probe"}, format="json")
    print("known ULN of another tenant:", r.status_code, "unknown:", r2.status_code, r2.json())
    assert r.status_code == r2.status_code


def test_t7_qa_by_assessor_of_carried_method(world, passed, django_user_model):
    both = _person(world, django_user_model, "epao1-both", "epao1", "assessor")
    Membership.objects.create(user=both, organisation=world.orgs["epao1"],
                              role="quality_assurer")
    from tests.assessments.test_epa_api import _start
    a1 = _start(world, passed)["id"]
    _book(world, a1, "M1")
    _book(world, a1, "M2", assessor="epao1-both")
    _judge_all(world, a1, "M1", "fail")
    _judge_all(world, a1, "M2", "pass", assessor="epao1-both")
    _release(world, a1)
    a2 = _resit(world, a1)["id"]
    _book(world, a2, "M1")
    _judge_all(world, a2, "M1", "pass")
    r = world.client("epao1-both").post(f"{API}{a2}/quality-assurance/", {}, format="json")
    print("QA by M2's assessor of attempt 2 (M2 carried):", r.status_code)
    assert r.status_code == 403
