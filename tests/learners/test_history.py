"""Every write of an apprenticeship is in its history: single create, PATCH, sync and the admin,
each through the one audit writer, with who, for which organisation, and the fields before
and after. The provider and employer read these events; sync writes a batch's in one INSERT."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from epa.core.models import AuditEvent
from epa.learners.models import Apprenticeship
from tests.support.sync import SYNC_URL, sync_record, valid_ulns

pytestmark = pytest.mark.django_db
URL = "/api/v1/apprenticeships/"


def _history(world, pk: int, who: str = "provider1-admin") -> list[dict]:
    response = world.client(who).get(f"{URL}{pk}/history/")
    assert response.status_code == 200, response.json()
    return response.json()["events"]


def _record_of(payload: dict, **overrides) -> dict:
    learner = payload["learner"]
    return {**{k: learner[k] for k in ("uln", "given_names", "family_name", "date_of_birth",
                                       "email")},
            "standard": "ST0792", "version": "1.0", "option": "Production coordinator",
            "employer": payload["employer"], "epao": payload["epao"],
            "start_date": payload["start_date"], "planned_end_date": payload["planned_end_date"],
            "planned_otj_hours": payload["planned_otj_hours"],
            "has_ehc_plan": payload["has_ehc_plan"], **overrides}


def test_create_patch_and_sync_each_appear_in_the_history(world):
    payload = world.apprenticeship_payload()
    created = world.client("provider1-admin").post(URL, payload, format="json")
    assert created.status_code == 201, created.json()
    pk = created.json()["id"]
    patched = world.client("provider1-staff").patch(
        f"{URL}{pk}/", {"planned_end_date": "2027-01-01", "learner": {"email": "a@b.org"}},
        format="json")
    assert patched.status_code == 200, patched.json()
    synced = world.key_client("provider1").post(SYNC_URL, {"records": [_record_of(
        payload, planned_end_date="2027-01-01", email="", planned_otj_hours=450)]},
        format="json")
    assert synced.json()["results"][0]["outcome"] == "updated", synced.json()

    for who in ("provider1-admin", "employer1-staff", "epao1-admin"):
        events = [e for e in _history(world, pk, who) if e["area"] == "apprenticeship"]
        assert [e["action"] for e in events] == ["created", "changed", "changed"], who
    create, patch, sync = [e for e in _history(world, pk) if e["area"] == "apprenticeship"]
    provider = world.orgs["provider1"].pk
    assert (create["actor"], create["organisation"], create["before"]) == (
        "provider1-admin", provider, None)
    assert create["after"]["standard_version"] == "ST0792/1.0"
    assert create["after"]["planned_end_date"] == "2026-03-01"
    assert create["after"]["learner.uln"] == payload["learner"]["uln"]
    assert create["after"]["achievements"][0]["subject"] == "maths"
    assert (patch["actor"], patch["organisation"]) == ("provider1-staff", provider)
    assert (patch["before"], patch["after"]) == (
        {"planned_end_date": "2026-03-01", "learner.email": "ada@example.org"},
        {"planned_end_date": "2027-01-01", "learner.email": "a@b.org"})
    # An empty email in a sync record keeps the recorded one: not a change.
    assert sync["actor"].startswith("api-key:") and sync["organisation"] == provider
    assert (sync["before"], sync["after"]) == ({"planned_otj_hours": 400},
                                               {"planned_otj_hours": 450})


def test_a_write_that_changes_nothing_records_nothing(world):
    payload = world.apprenticeship_payload()
    pk = world.client("provider1-admin").post(URL, payload, format="json").json()["id"]
    world.client("provider1-admin").patch(f"{URL}{pk}/", {"planned_end_date": "2026-03-01"},
                                          format="json")
    world.key_client("provider1").post(SYNC_URL, {"records": [_record_of(payload)]},
                                       format="json")
    assert [e["action"] for e in _history(world, pk)] == ["created"]


@pytest.mark.parametrize("size", [3, 30])
def test_sync_records_its_batch_of_events_in_one_statement(world, size):
    client = world.key_client("provider1")
    ulns = valid_ulns(size)
    with CaptureQueriesContext(connection) as created:
        client.post(SYNC_URL, {"records": [sync_record(world, u) for u in ulns]},
                    format="json")
    with CaptureQueriesContext(connection) as changed:
        client.post(SYNC_URL, {"records": [sync_record(world, u, planned_otj_hours=7)
                                           for u in ulns]}, format="json")
    for captured in (created, changed):
        inserts = [q["sql"] for q in captured.captured_queries
                   if q["sql"].startswith(('INSERT INTO "core_auditevent"',
                                           'COPY "core_auditevent"'))]
        assert len(inserts) == 1
    assert AuditEvent.objects.filter(area="apprenticeship", action="created").count() == size
    changes = AuditEvent.objects.filter(area="apprenticeship", action="changed")
    assert changes.count() == size
    assert {(e.stream, e.actor_organisation_id) for e in changes} == {
        (f"apprenticeship:{a.pk}", world.orgs["provider1"].pk)
        for a in Apprenticeship.objects.all()}


def test_sync_locks_the_rows_it_may_change_in_one_statement_in_id_order(world):
    """The locked-field rule is checked on rows locked as a single write locks its row."""
    client = world.key_client("provider1")
    ulns = valid_ulns(5)
    client.post(SYNC_URL, {"records": [sync_record(world, u) for u in ulns]}, format="json")
    with CaptureQueriesContext(connection) as resync:
        client.post(SYNC_URL, {"records": [sync_record(world, u, planned_otj_hours=7)
                                           for u in ulns]}, format="json")
    locks = [q["sql"] for q in resync.captured_queries
             if q["sql"].startswith("SELECT") and 'FROM "learners_apprenticeship"' in q["sql"]
             and "FOR UPDATE" in q["sql"]]
    assert len(locks) == 1, locks
    assert locks[0].rstrip().split("ORDER BY")[1].strip().startswith(
        '"learners_apprenticeship"."id" ASC')
