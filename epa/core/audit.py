"""The one writer of the audit log: every write of every service records its events here.

``audit_record`` writes one event; ``audit_record_many`` writes a batch in one INSERT (bulk
sync). Both are called inside the service's transaction, so an event exists exactly when its
change does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from epa.core.actor import Actor
from epa.core.models import AuditEvent


def stream(kind: str, pk: int) -> str:
    """The stream of a record: ``apprenticeship:42``."""
    return f"{kind}:{pk}"


@dataclass(frozen=True)
class Entry:
    """One event to record: the record's stream, what happened, the states around it."""

    stream: str
    area: str
    action: str
    subject: str = ""
    before: Any = None
    after: Any = None
    reason: str = ""
    organisation_id: int | None = None  # the organisation the actor acted for, if known
    extra: dict = field(default_factory=dict)


def _event(actor: Actor, entry: Entry) -> AuditEvent:
    return AuditEvent(
        stream=entry.stream, actor_user_id=actor.user_id, actor_api_key_id=actor.api_key_id,
        actor_organisation_id=entry.organisation_id, actor_label=actor.label[:160],
        area=entry.area, action=entry.action, subject=entry.subject[:100],
        before=entry.before, after=entry.after, reason=entry.reason)


def audit_record(*, actor: Actor, entry: Entry) -> AuditEvent:
    event = _event(actor, entry)
    event.save()
    return event


def audit_record_many(*, actor: Actor, entries: Iterable[Entry]) -> int:
    """Record a batch of events with one INSERT; returns how many."""
    events = [_event(actor, entry) for entry in entries]
    AuditEvent.objects.bulk_create(events, batch_size=1000)
    return len(events)


def events_of(stream_name: str):
    """A stream's events, oldest first."""
    return AuditEvent.objects.filter(stream=stream_name).order_by("at", "id")
