"""Which audit events are webhook events, and their enqueueing in the transaction of the change.

``EVENT_TYPES`` is the one mapping from an audit event (area, action) to a webhook event type;
``STATUS_EVENT_TYPES`` maps apprenticeship status moves (``status_changed``, recorded by
``epa.learners.history.apprenticeship_status_move``) by the status moved to. A new audit action
becomes a webhook event with one entry here.

``events_enqueue`` is an audit listener (``settings.AUDIT_LISTENERS``): for each batch recorded
it writes the events and one delivery per subscription whose organisation may see the resource,
in the same transaction, in a constant number of queries (one when nobody subscribes), and kicks
the workers once the transaction commits.
"""

from __future__ import annotations

from collections.abc import Sequence

from celery import current_app
from django.conf import settings
from django.db import transaction
from django.urls import reverse

from epa.core.audit import Recorded
from epa.learners.models import Apprenticeship
from epa.learners.selectors import organisation_sees_event
from epa.webhooks.models import Delivery, Event, EventType, Subscription

# (area, action) -> event type. ``None`` as the area: any area.
EVENT_TYPES: dict[tuple[str | None, str], str] = {
    ("apprenticeship", "created"): EventType.APPRENTICESHIP_CREATED,
    ("apprenticeship", "changed"): EventType.APPRENTICESHIP_CHANGED,
    ("gateway", "submitted"): EventType.GATEWAY_SUBMITTED,
    ("gateway", "passed"): EventType.GATEWAY_DECIDED,
    ("gateway", "failed"): EventType.GATEWAY_DECIDED,
    ("assessment", "booked"): EventType.EPA_BOOKED,
    ("assessment", "provisional"): EventType.RESULT_PROVISIONAL,
    ("result", "released"): EventType.RESULT_RELEASED,
    ("result", "appeal_lodged"): EventType.APPEAL_LODGED,
    ("result", "appeal_upheld"): EventType.APPEAL_DECIDED,
    ("result", "appeal_dismissed"): EventType.APPEAL_DECIDED,
    ("apprenticeship", "sync_completed"): EventType.SYNC_COMPLETED,
    # An outcome an EPAO recorded directly (assessed elsewhere) is a released result.
    ("result", "outcome_recorded"): EventType.RESULT_RELEASED,
    # Every change of a certificate request's state (epa.certificates.services).
    ("result", "certificate_created"): EventType.CERTIFICATE_STATE,
    ("result", "certificate_restored"): EventType.CERTIFICATE_STATE,
    ("result", "certificate_changed"): EventType.CERTIFICATE_STATE,
    ("result", "certificate_submitted"): EventType.CERTIFICATE_STATE,
    ("result", "certificate_deleted"): EventType.CERTIFICATE_STATE,
}
# Apprenticeship status moved to -> event type (whatever the area of the move). The
# certificate's own events above carry its state; the apprenticeship's certificate statuses
# follow them and would only repeat them.
STATUS_EVENT_TYPES: dict[str, str] = {
    "withdrawn": EventType.APPRENTICESHIP_WITHDRAWN,
}

DELIVER_TASK = "epa.webhooks.deliver"


def event_type_of(area: str, action: str, after) -> str | None:
    if action == "status_changed" and isinstance(after, dict):
        return STATUS_EVENT_TYPES.get(after.get("status"))
    return EVENT_TYPES.get((area, action)) or EVENT_TYPES.get((None, action))


def _kind_and_id(stream: str) -> tuple[str, int] | None:
    kind, _, pk = stream.partition(":")
    return (kind, int(pk)) if pk.isdigit() else None


_URL_NAMES = {"apprenticeship": "apprenticeship-detail", "organisation": "organisation-detail"}


def resource_of(kind: str, pk: int) -> dict:
    """The resource as the payload names it: its kind, id and URL."""
    path = reverse(_URL_NAMES[kind], args=[pk])
    return {"type": kind, "id": pk, "url": f"{settings.PUBLIC_BASE_URL}{path}"}


def _payload(event: Event, record: Recorded, kind: str, pk: int) -> dict:
    entry = record.entry
    return {
        "id": str(event.uid), "type": event.type, "occurred_at": record.at.isoformat(),
        "resource": resource_of(kind, pk),
        # The event as the resource's history shows it to the subscriber's organisation.
        "data": {"history_event": record.id, "area": entry.area, "action": entry.action,
                 "subject": entry.subject, "before": entry.before, "after": entry.after,
                 "reason": entry.reason},
    }


def _sees(subscription: Subscription, kind: str, pk: int, area: str,
          parties: dict[int, tuple[int | None, int, int]]) -> bool:
    """Whether the subscriber's organisation may see this event of this resource: the
    selectors' rule for apprenticeships; an organisation's own stream for itself only."""
    if kind == "apprenticeship":
        if pk not in parties:
            return False
        epao_id, provider_id, employer_id = parties[pk]
        return organisation_sees_event(subscription.organisation_id, epao_id=epao_id,
                                       provider_id=provider_id, employer_id=employer_id,
                                       area=area)
    if kind == "organisation":
        return subscription.organisation_id == pk
    return False


def events_enqueue(recorded: Sequence[Recorded]) -> None:
    """Write the webhook events of ``recorded`` and their deliveries (the audit listener)."""
    typed = []
    for record in recorded:
        entry = record.entry
        event_type = event_type_of(entry.area, entry.action, entry.after)
        where = _kind_and_id(entry.stream)
        if event_type and where and where[0] in _URL_NAMES:
            typed.append((record, event_type, *where))
    if not typed:
        return
    wanted = {event_type for _, event_type, _, _ in typed}
    subscriptions = [s for s in Subscription.objects.filter(active=True).only(
        "id", "organisation_id", "event_types") if wanted & set(s.event_types)]
    if not subscriptions:
        return
    apprenticeship_ids = {pk for _, _, kind, pk in typed if kind == "apprenticeship"}
    parties = {pk: (epao, provider, employer) for pk, epao, provider, employer in
               Apprenticeship.objects.filter(pk__in=apprenticeship_ids).values_list(
                   "id", "epao_id", "provider_id", "employer_id")} if apprenticeship_ids else {}
    planned: list[tuple[Event, Recorded, str, int, list[Subscription]]] = []
    for record, event_type, kind, pk in typed:
        receivers = [s for s in subscriptions if event_type in s.event_types
                     and _sees(s, kind, pk, record.entry.area, parties)]
        if receivers:
            event = Event(type=event_type, occurred_at=record.at, resource=record.entry.stream,
                          audit_event_id=record.id, payload={})
            event.payload = _payload(event, record, kind, pk)
            planned.append((event, record, kind, pk, receivers))
    if not planned:
        return
    events = Event.objects.bulk_create([event for event, *_ in planned])
    retry_until = planned[0][1].at + settings.WEBHOOK_RETRY_FOR
    deliveries = Delivery.objects.bulk_create([
        Delivery(event=event, subscription=subscription, resource=event.resource,
                 retry_until=retry_until)
        for event, (_, _, _, _, receivers) in zip(events, planned, strict=True)
        for subscription in receivers])
    # The first of each (subscription, resource) in this batch; each later one is sent when
    # the one before it is done (and the sweep finds anything missed).
    heads: dict[tuple[int, str], int] = {}
    for delivery in deliveries:
        heads.setdefault((delivery.subscription_id, delivery.resource), delivery.pk)
    transaction.on_commit(lambda: deliveries_kick(list(heads.values())))


def deliveries_kick(delivery_ids: list[int], countdown: float | None = None) -> None:
    """Ask the workers to send these deliveries. Losing the message (broker down) only delays
    them: the sweep finds every due delivery."""
    for pk in delivery_ids:
        try:
            current_app.send_task(DELIVER_TASK, args=[pk], countdown=countdown)
        except Exception:
            return
