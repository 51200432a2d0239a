"""Withdrawal through the bulk sync: a record's ``status: withdrawn``, by the same service."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from epa.learners.models import Apprenticeship
from epa.pathways.models import Withdrawal
from tests.support.epa import start_epa, withdraw
from tests.support.gateway import new_apprenticeship
from tests.support.sync import SYNC_URL, sync_record, valid_ulns


def _sync(world, *records, who="provider1-admin"):
    response = world.client(who).post(SYNC_URL, {"records": list(records)}, format="json")
    assert response.status_code == 200, response.json()
    return response.json()["results"]


def _withdrawing(world, uln, **overrides):
    return sync_record(world, uln, **{
        "status": "withdrawn", "withdrawn_on": timezone.localdate().isoformat(),
        "withdrawal_reason": "left_employment", **overrides})


def test_a_record_withdraws_and_resending_it_changes_nothing(world):
    uln = valid_ulns(1)[0]
    created = _sync(world, sync_record(world, uln))[0]
    assert created["outcome"] == "created"
    first = _sync(world, _withdrawing(world, uln))[0]
    assert (first["outcome"], first["errors"]) == ("updated", [])
    apprenticeship = Apprenticeship.objects.get(pk=created["apprenticeship_id"])
    assert apprenticeship.status == "withdrawn"
    assert Withdrawal.objects.get(apprenticeship=apprenticeship).reason == "left_employment"
    again = _sync(world, _withdrawing(world, uln))[0]
    assert (again["outcome"], again["errors"]) == ("unchanged", [])


def test_a_withdrawing_record_needs_a_date_and_reason_and_follows_the_rules(world):
    uln, other = valid_ulns(2)
    results = _sync(world, sync_record(world, uln, status="withdrawn"),
                    _withdrawing(world, other, withdrawn_on=(
                        timezone.localdate() + dt.timedelta(days=3)).isoformat()),
                    sync_record(world, valid_ulns(3)[2], status="active"))
    assert {(e["attr"], e["code"]) for e in results[0]["errors"]} == {
        ("withdrawn_on", "required"), ("withdrawal_reason", "required")}
    # the record is stored, the withdrawal refused and undone
    assert [(e["attr"], e["code"]) for e in results[1]["errors"]] == [
        ("withdrawn_on", "date_in_future")]
    assert Apprenticeship.objects.get(pk=results[1]["apprenticeship_id"]).status == "in_training"
    assert not Withdrawal.objects.exists()
    assert results[2]["errors"][0]["attr"] == "status"


def test_a_sync_withdrawal_closes_the_epa_like_the_endpoint(world, passed):
    start_epa(world, passed)
    apprenticeship = Apprenticeship.objects.select_related("learner").get(pk=passed)
    record = _withdrawing(world, apprenticeship.learner.uln, given_names="Ada",
                          family_name="Lovelace", date_of_birth="2000-12-10",
                          email="ada@example.org")
    result = _sync(world, record)[0]
    assert result["outcome"] in ("updated",), result
    assert Withdrawal.objects.get(apprenticeship_id=passed).from_epa is True
    assert withdraw(world, passed).json()["errors"][0]["code"] == "already_withdrawn"


def test_an_ended_apprenticeship_is_not_withdrawn_by_sync(world):
    pk = new_apprenticeship(world)
    Apprenticeship.objects.filter(pk=pk).update(status="achieved")
    apprenticeship = Apprenticeship.objects.select_related("learner").get(pk=pk)
    record = _withdrawing(world, apprenticeship.learner.uln, given_names="Ada",
                          family_name="Lovelace", date_of_birth="2000-12-10",
                          email="ada@example.org")
    result = _sync(world, record)[0]
    assert [(e["attr"], e["code"]) for e in result["errors"]] == [
        ("status", "status_move_not_allowed")]
