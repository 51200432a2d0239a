"""The apprenticeship's history: every change, with who, when, before, after and why.

Events are written by the one audit writer (``epa.core.audit``) to the apprenticeship's stream.
"""

from __future__ import annotations

from collections.abc import Iterable

from epa.core.actor import Actor
from epa.core.audit import Entry, audit_record, audit_record_many, events_of, stream
from epa.core.models import AuditEvent
from epa.learners.lifecycle import require_move
from epa.learners.models import Apprenticeship

STREAM = "apprenticeship"


def apprenticeship_stream(apprenticeship_id: int) -> str:
    return stream(STREAM, apprenticeship_id)


def acting_organisation_id(actor: Actor, apprenticeship: Apprenticeship | None = None, *,
                           parties: tuple[int | None, ...] = (),
                           mine: set[int] | None = None) -> int | None:
    """The organisation of the apprenticeship the actor acts for (EPAO, provider, employer);
    or of ``parties`` (the same three ids) without the model, ``mine`` the actor's
    organisations when known (a batch asks once)."""
    if apprenticeship is not None:
        parties = (apprenticeship.epao_id, apprenticeship.provider_id,
                   apprenticeship.employer_id)
    mine = actor.organisation_ids() if mine is None else mine
    for org_id in parties:
        if org_id in mine:
            return org_id
    return None


def event_entry(*, apprenticeship: Apprenticeship, actor: Actor, area: str, action: str,
                subject: str = "", before=None, after=None, reason: str = "") -> Entry:
    return stream_entry(apprenticeship_id=apprenticeship.pk, area=area, action=action,
                        subject=subject, before=before, after=after, reason=reason,
                        organisation_id=acting_organisation_id(actor, apprenticeship))


def stream_entry(*, apprenticeship_id: int, organisation_id: int | None, area: str, action: str,
                 subject: str = "", before=None, after=None, reason: str = "") -> Entry:
    """An event of an apprenticeship's stream by its id (a batch builds many without models)."""
    return Entry(stream=apprenticeship_stream(apprenticeship_id), area=area, action=action,
                 subject=subject, before=before, after=after, reason=reason,
                 organisation_id=organisation_id)


def event_record(*, apprenticeship: Apprenticeship, actor: Actor, area: str, action: str,
                 subject: str = "", before=None, after=None, reason: str = "") -> AuditEvent:
    return audit_record(actor=actor, entry=event_entry(
        apprenticeship=apprenticeship, actor=actor, area=area, action=action, subject=subject,
        before=before, after=after, reason=reason))


def events_record(*, actor: Actor, entries: Iterable[Entry]) -> int:
    """Record many apprenticeships' events at once (bulk sync)."""
    return audit_record_many(actor=actor, entries=entries)


def apprenticeship_events(apprenticeship_id: int):
    return events_of(apprenticeship_stream(apprenticeship_id))


def apprenticeship_status_move(*, apprenticeship: Apprenticeship, actor: Actor, status: str,
                               area: str) -> None:
    """Move the apprenticeship's status (if it changes) and record the move: only a move in
    ``epa.learners.lifecycle.TABLE``, by one of the parties it names (else 409
    ``status_move_not_allowed`` or 403 ``role_required``)."""
    if apprenticeship.status == status:
        return
    require_move(apprenticeship=apprenticeship, actor=actor, target=status)
    before = apprenticeship.status
    apprenticeship.status = status
    apprenticeship.save(update_fields=["status", "updated_at"])
    event_record(apprenticeship=apprenticeship, actor=actor, area=area,
                 action="status_changed", subject="apprenticeship.status",
                 before={"status": before}, after={"status": status})
