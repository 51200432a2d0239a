"""Withdrawal, breaks in learning and further learning before a retake, over the HTTP API."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from epa.assessments.models import MethodAssessment
from epa.gateway.models import GatewaySubmission
from tests.support.epa import (
    APPRENTICESHIPS,
    assess,
    book,
    epa_detail,
    further_learning_complete,
    method_of,
    release,
    resit,
    start_epa,
    withdraw,
)
from tests.support.gateway import gateway_url, new_apprenticeship, open_ready_gateway


def _get(world, pk, who="provider1-admin"):
    response = world.client(who).get(f"{APPRENTICESHIPS}{pk}/")
    assert response.status_code == 200, response.json()
    return response.json()


def _error(response):
    body = response.json()
    return response.status_code, body["errors"][0]["code"], body["errors"][0].get("attr")


def _history_actions(world, pk, who="provider1-admin"):
    events = world.client(who).get(f"{APPRENTICESHIPS}{pk}/history/").json()["events"]
    return [e["action"] for e in events]


# -- withdrawal --------------------------------------------------------------------------------

def test_withdrawn_mid_epa_by_the_epao_closes_the_epa_and_cancels_its_bookings(world, passed):
    aid = start_epa(world, passed)["id"]
    assert book(world, aid, "M1").status_code == 200
    assert book(world, aid, "M2", days=14).status_code == 200
    since = timezone.now() - dt.timedelta(seconds=1)
    response = withdraw(world, passed, who="epao1-admin", reason="epa_not_taken",
                        note="Left the industry.")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert (body["status"], body["status_before"], body["from_epa"]) == (
        "withdrawn", "epa_booked", True)
    assert body["assessments_closed"] == [aid]
    assert sorted(b["method"] for b in body["cancelled_bookings"]) == ["M1", "M2"]
    detail = epa_detail(world, aid)
    assert detail["status"] == "withdrawn"
    assert {method_of(detail, c)["status"] for c in ("M1", "M2")} == {"cancelled"}
    assert _get(world, passed)["status"] == "withdrawn"
    # in the history the provider and employer read, and in the change feed
    assert "withdrawn" in _history_actions(world, passed, "employer1-admin")
    # the change feed orders by updated_at: the withdrawal moved it
    assert dt.datetime.fromisoformat(_get(world, passed)["updated_at"]) > since
    # nothing more is booked or withdrawn
    assert _error(book(world, aid, "M1"))[:2] == (409, "apprenticeship_withdrawn")
    assert _error(withdraw(world, passed))[:2] == (409, "already_withdrawn")


def test_a_past_booking_is_not_cancelled(world, passed):
    aid = start_epa(world, passed)["id"]
    assert book(world, aid, "M1").status_code == 200
    MethodAssessment.objects.filter(assessment_id=aid, method__code="M1").update(
        scheduled_at=timezone.now() - dt.timedelta(hours=1))
    body = withdraw(world, passed, who="employer1-admin").json()
    assert body["cancelled_bookings"] == []
    assert method_of(epa_detail(world, aid), "M1")["status"] == "booked"


def test_withdrawn_in_training_by_the_employer_and_the_gateway_is_closed(world):
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    # the EPAO withdraws from the EPA only: not from training
    assert _error(withdraw(world, pk, who="epao1-admin"))[:2] == (403, "role_required")
    response = withdraw(world, pk, who="employer1-staff", reason="left_employment")
    assert response.status_code == 200, response.json()
    assert response.json()["gateway_closed"] is True
    assert GatewaySubmission.objects.get(apprenticeship_id=pk).status == "withdrawn"
    assert _error(world.client("provider1-admin").patch(
        gateway_url(pk), {"off_the_job_hours": "510"}, format="json"))[:2] == (
        409, "apprenticeship_withdrawn")


def test_withdrawal_is_refused_to_other_tenants_and_for_bad_input(world):
    pk = new_apprenticeship(world)
    for who in ("provider2-admin", "employer2-admin", "epao2-admin"):
        assert withdraw(world, pk, who=who).status_code == 404, who
    tomorrow = (timezone.localdate() + dt.timedelta(days=1)).isoformat()
    assert _error(withdraw(world, pk, withdrawn_on=tomorrow)) == (
        400, "date_in_future", "withdrawn_on")
    assert _error(withdraw(world, pk, withdrawn_on="2020-01-01")) == (
        400, "before_start", "withdrawn_on")
    assert _error(withdraw(world, pk, reason="bored"))[::2] == (400, "reason")
    assert _error(withdraw(world, pk, withdrawn_on=20250101))[::2] == (400, "withdrawn_on")
    assert _get(world, pk)["status"] == "in_training"


# -- breaks in learning ------------------------------------------------------------------------

def test_a_break_pauses_the_gateway_and_moves_the_planned_end_date(world):
    pk = new_apprenticeship(world)
    client = world.client("provider1-admin")
    starts = timezone.localdate() - dt.timedelta(days=40)
    response = client.post(f"{APPRENTICESHIPS}{pk}/break-in-learning/",
                           {"starts_on": starts.isoformat(), "reason": "Illness"},
                           format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["status"] == "on_break"
    assert _error(client.post(gateway_url(pk), {}, format="json"))[:2] == (
        409, "apprenticeship_on_break")
    again = client.post(f"{APPRENTICESHIPS}{pk}/break-in-learning/",
                        {"starts_on": starts.isoformat()}, format="json")
    assert _error(again)[:2] == (409, "already_on_break")
    early = client.post(f"{APPRENTICESHIPS}{pk}/return-to-learning/",
                        {"returned_on": (starts - dt.timedelta(days=1)).isoformat()},
                        format="json")
    assert _error(early) == (400, "before_break_start", "returned_on")
    back = world.client("employer1-admin").post(
        f"{APPRENTICESHIPS}{pk}/return-to-learning/",
        {"returned_on": (starts + dt.timedelta(days=30)).isoformat()}, format="json")
    assert back.status_code == 200, back.json()
    assert back.json()["planned_end_date"] == "2026-03-31"  # 2026-03-01 + 30 days
    assert _get(world, pk)["status"] == "in_training"
    assert {"break_started", "break_ended"} <= set(_history_actions(world, pk))
    assert _error(client.post(f"{APPRENTICESHIPS}{pk}/return-to-learning/",
                              {"returned_on": timezone.localdate().isoformat()},
                              format="json"))[:2] == (409, "not_on_break")
    assert client.post(gateway_url(pk), {}, format="json").status_code == 201


def test_no_booking_while_on_a_break_and_only_the_parties_start_one(world, passed):
    aid = start_epa(world, passed)["id"]
    today = timezone.localdate().isoformat()
    assert world.client("epao1-admin").post(f"{APPRENTICESHIPS}{passed}/break-in-learning/", {
        "starts_on": today}, format="json").status_code == 403
    assert world.client("provider2-admin").post(f"{APPRENTICESHIPS}{passed}/break-in-learning/", {
        "starts_on": today}, format="json").status_code == 404
    response = world.client("provider1-staff").post(
        f"{APPRENTICESHIPS}{passed}/break-in-learning/", {"starts_on": today}, format="json")
    assert response.status_code == 201, response.json()
    assert _error(book(world, aid, "M1"))[:2] == (409, "apprenticeship_on_break")
    world.client("provider1-staff").post(f"{APPRENTICESHIPS}{passed}/return-to-learning/",
                                         {"returned_on": today}, format="json")
    assert _get(world, passed)["status"] == "gateway_passed"
    assert book(world, aid, "M1").status_code == 200


# -- a retake goes through further learning ----------------------------------------------------

def test_a_retake_waits_for_the_provider_to_complete_further_learning(world, passed):
    failed = assess(world, passed, "fail", "pass")
    release(world, failed["id"])
    assert _get(world, passed)["status"] == "result_confirmed"
    retake = resit(world, failed["id"], kind="retake")
    assert _get(world, passed)["status"] == "further_learning"
    assert _error(book(world, retake["id"], "M1"))[:2] == (409, "further_learning_not_complete")
    assert _error(further_learning_complete(world, passed, "employer1-admin"))[:2] == (
        403, "role_required")
    assert further_learning_complete(world, passed, "provider2-admin").status_code == 404
    done = further_learning_complete(world, passed)
    assert done.status_code == 200, done.json()
    assert done.json()["status"] == "result_confirmed"
    assert _error(further_learning_complete(world, passed))[:2] == (
        409, "not_in_further_learning")
    assert book(world, retake["id"], "M1").status_code == 200
    assert _get(world, passed)["status"] == "epa_booked"
    assert "further_learning_completed" in _history_actions(world, passed, "employer1-admin")


def test_a_resit_needs_no_further_learning(world, passed):
    failed = assess(world, passed, "fail", "pass")
    release(world, failed["id"])
    again = resit(world, failed["id"], kind="resit")
    assert _get(world, passed)["status"] == "result_confirmed"
    assert book(world, again["id"], "M1").status_code == 200
