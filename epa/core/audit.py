"""The one writer of the audit log: every write of every service records its events here.

``audit_record`` writes one event; ``audit_record_many`` writes a batch at once (bulk
sync). Both are called inside the service's transaction, so an event exists exactly when its
change does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.utils import timezone

from epa.core.actor import Actor
from epa.core.bulk import copy_rows
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


_COLUMNS = ("stream", "at", "actor_user_id", "actor_api_key_id", "actor_organisation_id",
            "actor_label", "area", "action", "subject", "before", "after", "reason")


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, separators=(",", ":"))


def audit_record_many(*, actor: Actor, entries: Iterable[Entry]) -> int:
    """Record a batch of events with one INSERT; returns how many.

    On PostgreSQL the rows go straight in with ``COPY`` (the ORM's per-field preparation of
    1,000 JSON rows cost more than the INSERT itself in ``bench/sync.py``, and
    ``execute_values`` formats each row in Python); elsewhere ``bulk_create``. The rows are the
    same either way.
    """
    entries = list(entries)
    if connection.vendor != "postgresql":
        AuditEvent.objects.bulk_create([_event(actor, e) for e in entries], batch_size=1000)
        return len(entries)
    at, label = timezone.now(), actor.label[:160]
    rows = [(e.stream, at, actor.user_id, actor.api_key_id, e.organisation_id, label, e.area,
             e.action, e.subject[:100], _json(e.before), _json(e.after), e.reason)
            for e in entries]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        copy_rows(cursor, quote(AuditEvent._meta.db_table), [quote(c) for c in _COLUMNS], rows)
    return len(entries)


def events_of(stream_name: str):
    """A stream's events, oldest first."""
    return AuditEvent.objects.filter(stream=stream_name).order_by("at", "id")
