"""The one audit log: its writer, and the move of the apprenticeship history into it."""

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from epa.core.actor import Actor, Grant
from epa.core.audit import Entry, audit_record, audit_record_many, events_of
from epa.core.models import AuditEvent

ACTOR = Actor(grants=(Grant(7, "provider", "admin"),), scopes=frozenset({"write"}), user_id=None,
              api_key_id=41, label="api-key:abcd1234")


@pytest.mark.django_db
def test_audit_record_writes_who_what_and_the_states_around_it():
    event = audit_record(actor=ACTOR, entry=Entry(
        stream="apprenticeship:5", area="apprenticeship", action="changed",
        subject="planned_end_date", before={"planned_end_date": "2027-01-01"},
        after={"planned_end_date": "2027-02-01"}, organisation_id=7))
    stored = AuditEvent.objects.get(pk=event.pk)
    assert (stored.actor_label, stored.actor_api_key_id, stored.actor_organisation_id) == (
        "api-key:abcd1234", 41, 7)
    assert stored.after == {"planned_end_date": "2027-02-01"}


@pytest.mark.django_db
def test_audit_record_many_is_one_copy_and_keeps_order(django_assert_num_queries):
    entries = [Entry(stream=f"apprenticeship:{n % 3}", area="apprenticeship", action="created",
                     after={"n": n, "text": "tab\there, new\nline \\ and \u00e9"})
               for n in range(50)]
    # On PostgreSQL the ids from the sequence, then the COPY; and the webhooks listener's one
    # look for subscribers (there are none).
    with django_assert_num_queries(3 if connection.vendor == "postgresql" else 2):
        assert audit_record_many(actor=ACTOR, entries=entries) == 50
    events = list(events_of("apprenticeship:1"))
    assert [e.after["n"] for e in events] == list(range(1, 50, 3))
    assert events[0].after["text"] == "tab\there, new\nline \\ and \u00e9"
    assert len({e.pk for e in events}) == len(events)


@pytest.mark.django_db(transaction=True)
def test_the_apprenticeship_history_moves_into_the_audit_log_and_back():
    """learners.0004 copies every ApprenticeshipEvent to its apprenticeship's stream, with
    its time and who made it; backwards it copies them back."""
    executor = MigrationExecutor(connection)
    before = [("learners", "0003_apprenticeshipevent"), ("core", "0001_initial")]
    executor.migrate(before)
    old_apps = executor.loader.project_state(before).apps
    Organisation = old_apps.get_model("organisations", "Organisation")
    Learner = old_apps.get_model("learners", "Learner")
    Apprenticeship = old_apps.get_model("learners", "Apprenticeship")
    Standard = old_apps.get_model("standards", "Standard")
    Version = old_apps.get_model("standards", "StandardVersion")
    User = old_apps.get_model("auth", "User")
    standard = Standard.objects.create(reference="ST0001", title="T", level=3)
    version = Version.objects.create(standard=standard, major=1, minor=0)
    provider = Organisation.objects.create(kind="provider", identifier="10000001", name="P")
    employer = Organisation.objects.create(kind="employer", name="E")
    learner = Learner.objects.create(uln="1000000004", given_names="A", family_name="B",
                                     date_of_birth=dt.date(2000, 1, 1))
    apprenticeship = Apprenticeship.objects.create(
        learner=learner, standard=standard, standard_version=version, provider=provider,
        employer=employer, start_date=dt.date(2024, 1, 1), planned_end_date=dt.date(2025, 6, 1))
    user = User.objects.create(username="mover")
    at = timezone.now() - dt.timedelta(days=400)
    Event = old_apps.get_model("learners", "ApprenticeshipEvent")
    Event.objects.create(apprenticeship=apprenticeship, actor_user=user,
                         actor_organisation=provider, area="gateway", action="submitted",
                         before={"a": 1}, after={"a": 2}, reason="why")
    Event.objects.filter(apprenticeship=apprenticeship).update(at=at)

    executor = MigrationExecutor(connection)
    executor.migrate([("learners", "0004_apprenticeship_events_to_audit_log")])
    moved = AuditEvent.objects.get(stream=f"apprenticeship:{apprenticeship.pk}")
    assert (moved.area, moved.action, moved.actor_label, moved.actor_organisation_id,
            moved.before, moved.after, moved.reason, moved.at) == (
        "gateway", "submitted", "mover", provider.pk, {"a": 1}, {"a": 2}, "why", at)

    executor = MigrationExecutor(connection)
    executor.migrate(before)
    back = executor.loader.project_state(before).apps.get_model("learners",
                                                                 "ApprenticeshipEvent")
    restored = back.objects.get()
    assert (restored.actor_user_id, restored.at, restored.reason) == (user.pk, at, "why")
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
