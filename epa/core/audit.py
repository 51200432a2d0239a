"""The one writer of the audit log: every write of every service records its events here.

``audit_record`` writes one event; ``audit_record_many`` writes a batch at once (bulk
sync). Both are called inside the service's transaction, so an event exists exactly when its
change does.

Listeners (``settings.AUDIT_LISTENERS``, dotted paths) are told of every batch recorded, in the
same transaction: the webhooks app enqueues its deliveries there, so no change is ever without
its webhook event and no webhook event without its change. The core layer imports no listener:
the setting names them.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.module_loading import import_string

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


@dataclass(frozen=True)
class Recorded:
    """An event as recorded, as listeners get it: its id and time, and what the entry said."""

    id: int
    at: dt.datetime
    entry: Entry


Listener = Callable[[Sequence[Recorded]], None]


@functools.cache
def _listeners() -> tuple[Listener, ...]:
    return tuple(import_string(path) for path in getattr(settings, "AUDIT_LISTENERS", ()))


def _notify(recorded: Sequence[Recorded]) -> None:
    """Each listener gets the batch, inside the recording transaction (one call per
    ``audit_record`` or ``audit_record_many``)."""
    for listener in _listeners():
        listener(recorded)


def _event(actor: Actor, entry: Entry) -> AuditEvent:
    return AuditEvent(
        stream=entry.stream, actor_user_id=actor.user_id, actor_api_key_id=actor.api_key_id,
        actor_organisation_id=entry.organisation_id, actor_label=actor.label[:160],
        area=entry.area, action=entry.action, subject=entry.subject[:100],
        before=entry.before, after=entry.after, reason=entry.reason)


def audit_record(*, actor: Actor, entry: Entry) -> AuditEvent:
    event = _event(actor, entry)
    event.save()
    _notify([Recorded(id=event.pk, at=event.at, entry=entry)])
    return event


_COLUMNS = ("stream", "at", "actor_user_id", "actor_api_key_id", "actor_organisation_id",
            "actor_label", "area", "action", "subject", "before", "after", "reason")


# One encoder for every event (``json.dumps`` with options builds a new one per call).
_ENCODE = json.JSONEncoder(separators=(",", ":")).encode


def _json(value: Any) -> str | None:
    return None if value is None else _ENCODE(value)


def audit_record_many(*, actor: Actor, entries: Iterable[Entry]) -> int:
    """Record a batch of events with one COPY; returns how many.

    On PostgreSQL the rows go straight in with ``COPY`` (the ORM's per-field preparation of
    1,000 JSON rows cost more than the INSERT itself in ``bench/sync.py``, and
    ``execute_values`` formats each row in Python); elsewhere ``bulk_create``. The rows are the
    same either way.
    """
    entries = list(entries)
    if connection.vendor != "postgresql":
        events = AuditEvent.objects.bulk_create([_event(actor, e) for e in entries],
                                                batch_size=1000)
        _notify([Recorded(id=e.pk, at=e.at, entry=entry)
                 for e, entry in zip(events, entries, strict=True)])
        return len(entries)
    at, label = timezone.now(), actor.label[:160]
    rows = [(e.stream, at, actor.user_id, actor.api_key_id, e.organisation_id, label, e.area,
             e.action, e.subject[:100], _json(e.before), _json(e.after), e.reason)
            for e in entries]
    if not rows:
        return 0
    quote = connection.ops.quote_name
    table = quote(AuditEvent._meta.db_table)
    with connection.cursor() as cursor:
        # The listeners need the new rows' ids, which COPY does not return: take them from the
        # table's sequence first (one query), then COPY the rows with them. The sequence is
        # looked up once (a scalar subquery), not once per id: that cost 4 ms a batch.
        cursor.execute("SELECT nextval((SELECT pg_get_serial_sequence(%s, 'id'))::regclass) "
                       "FROM generate_series(1, %s)", [AuditEvent._meta.db_table, len(rows)])
        ids = [row[0] for row in cursor.fetchall()]
        copy_rows(cursor, table, [quote("id"), *(quote(c) for c in _COLUMNS)],
                  [(pk, *row) for pk, row in zip(ids, rows, strict=True)])
    _notify([Recorded(id=pk, at=at, entry=entry)
             for pk, entry in zip(ids, entries, strict=True)])
    return len(entries)


def events_of(stream_name: str):
    """A stream's events, oldest first."""
    return AuditEvent.objects.filter(stream=stream_name).order_by("at", "id")
