"""Webhook writes: subscriptions (by an organisation's admins and keys), replays, and the
workers' side: sending one delivery, and the sweep for anything due.

Delivery is at least once and in order per subscription and resource: a delivery is sent only
when no earlier one for the same subscription and resource is pending; when it is done
(delivered or failed) the next is sent. A failed attempt is retried with exponential backoff and
jitter until ``WEBHOOK_RETRY_FOR`` after the delivery was created, then the delivery is failed.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
import secrets

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from epa.core.actor import Actor
from epa.core.audit import Entry, audit_record, stream
from epa.core.codes import define_field_codes, define_many
from epa.core.errors import FieldError, RuleViolation, StateConflict
from epa.core.policy import require
from epa.ops.metrics import WEBHOOK_DELIVERIES
from epa.organisations.models import Organisation, Role
from epa.webhooks import outbound, signing
from epa.webhooks.events import deliveries_kick
from epa.webhooks.models import Delivery, DeliveryStatus, EventType, Subscription

AREA = "webhooks"
SUBSCRIPTION_ERROR_CODES = define_field_codes("webhooks.subscription", {
    "url": ["url_not_allowed"],
    "event_types": ["empty", "unknown_event_type"],
    "organisation": ["required", "not_yours"],
})
define_many("webhooks", 409, ["delivery_pending"])
SECRET_PREFIX = "whsec_"
logger = logging.getLogger("epa.webhooks")


def _subscription_stream(subscription: Subscription) -> str:
    return stream("organisation", subscription.organisation_id)


def _state(subscription: Subscription) -> dict:
    return {"url": subscription.url, "event_types": subscription.event_types,
            "active": subscription.active, "description": subscription.description}


def _require_admin(actor: Actor, organisation_id: int) -> None:
    require(actor.is_system or actor.has_role(organisation_id, {Role.ADMIN}),
            "Only the organisation's admins and keys manage its webhooks.")


def _validate(url: str | None, event_types: list[str] | None) -> None:
    errors = []
    if url is not None and (why := outbound.url_refusal(url)):
        errors.append(FieldError("url", "url_not_allowed", why))
    if event_types is not None:
        if not event_types:
            errors.append(FieldError("event_types", "empty", "Name at least one event type."))
        elif unknown := sorted(set(event_types) - set(EventType.values)):
            errors.append(FieldError("event_types", "unknown_event_type",
                                     f"Unknown event types: {', '.join(unknown)}."))
    if errors:
        raise RuleViolation(errors)


def subscription_organisation(actor: Actor, organisation_id: int | None) -> Organisation:
    """The organisation a new subscription is for: the one named, or the caller's only one."""
    mine = actor.organisation_ids()
    if organisation_id is None:
        if len(mine) != 1:
            raise RuleViolation([FieldError(
                "organisation", "required",
                "You act for several organisations: name the one subscribing.")])
        organisation_id = next(iter(mine))
    if organisation_id not in actor.organisation_ids():
        raise RuleViolation([FieldError("organisation", "not_yours",
                                        "You do not act for this organisation.")])
    return Organisation.objects.get(pk=organisation_id)


@transaction.atomic
def subscription_create(*, actor: Actor, organisation: Organisation, url: str,
                        event_types: list[str], active: bool = True,
                        description: str = "") -> Subscription:
    """Subscribe; the secret to verify signatures with is on the returned record, shown once."""
    _require_admin(actor, organisation.pk)
    _validate(url, event_types)
    subscription = Subscription.objects.create(
        organisation=organisation, url=url, event_types=sorted(set(event_types)),
        active=active, description=description.strip(),
        secret=SECRET_PREFIX + secrets.token_urlsafe(32))
    audit_record(actor=actor, entry=Entry(
        stream=_subscription_stream(subscription), area=AREA, action="subscription_created",
        subject=f"webhook.{subscription.pk}", after=_state(subscription),
        organisation_id=organisation.pk))
    return subscription


@transaction.atomic
def subscription_update(*, actor: Actor, subscription: Subscription,
                        changes: dict) -> Subscription:
    """Change the URL, event types, description, or pause (``active: false``) and resume.
    While paused, no delivery is made: its events are not sent to it, and deliveries already
    pending wait until it is resumed."""
    _require_admin(actor, subscription.organisation_id)
    locked = Subscription.objects.select_for_update().get(pk=subscription.pk)
    _validate(changes.get("url"), changes.get("event_types"))
    before = _state(locked)
    for field in ("url", "event_types", "active", "description"):
        if field in changes:
            value = changes[field]
            if field == "event_types":
                value = sorted(set(value))
            setattr(locked, field, value)
    after = _state(locked)
    if after != before:
        locked.save()
        audit_record(actor=actor, entry=Entry(
            stream=_subscription_stream(locked), area=AREA, action="subscription_changed",
            subject=f"webhook.{locked.pk}",
            before={k: v for k, v in before.items() if after[k] != v},
            after={k: v for k, v in after.items() if before[k] != v},
            organisation_id=locked.organisation_id))
        if locked.active and not before["active"]:
            transaction.on_commit(lambda: deliveries_kick(deliveries_due(locked.pk)))
    return locked


@transaction.atomic
def subscription_delete(*, actor: Actor, subscription: Subscription) -> None:
    """Unsubscribe: the subscription and its deliveries go."""
    _require_admin(actor, subscription.organisation_id)
    audit_record(actor=actor, entry=Entry(
        stream=_subscription_stream(subscription), area=AREA, action="subscription_deleted",
        subject=f"webhook.{subscription.pk}", before=_state(subscription),
        organisation_id=subscription.organisation_id))
    subscription.delete()


@transaction.atomic
def delivery_replay(*, actor: Actor, delivery: Delivery) -> Delivery:
    """Send a delivered or failed delivery's event again: a new delivery, after any pending for
    the same resource, retried for a day as any other."""
    _require_admin(actor, delivery.subscription.organisation_id)
    if delivery.status == DeliveryStatus.PENDING:
        raise StateConflict("delivery_pending", "This delivery is still pending: it is being "
                                                "sent and retried.")
    now = timezone.now()
    replay = Delivery.objects.create(
        event_id=delivery.event_id, subscription_id=delivery.subscription_id,
        resource=delivery.resource, created_at=now, next_attempt_at=now,
        retry_until=now + settings.WEBHOOK_RETRY_FOR, replay_of=delivery)
    audit_record(actor=actor, entry=Entry(
        stream=_subscription_stream(delivery.subscription), area=AREA,
        action="delivery_replayed", subject=f"webhook.{delivery.subscription_id}",
        after={"delivery": delivery.pk, "replay": replay.pk},
        organisation_id=delivery.subscription.organisation_id))
    transaction.on_commit(lambda: deliveries_kick([replay.pk]))
    return replay


# -- the workers' side ---------------------------------------------------------------------------

def retry_delay(attempts: int, *, rng: random.Random | None = None) -> dt.timedelta:
    """The wait after the ``attempts``-th failed attempt: exponential from
    ``WEBHOOK_RETRY_BASE`` (doubling), capped at ``WEBHOOK_RETRY_CAP``, with jitter (a random
    part of up to half the wait is taken off, so receivers coming back are not hit by every
    retry at once)."""
    rng = rng or random
    ceiling = min(settings.WEBHOOK_RETRY_CAP.total_seconds(),
                  settings.WEBHOOK_RETRY_BASE.total_seconds() * 2 ** max(attempts - 1, 0))
    return dt.timedelta(seconds=ceiling * (0.5 + rng.random() / 2))


def _earlier_pending(delivery: Delivery) -> bool:
    return Delivery.objects.filter(subscription_id=delivery.subscription_id,
                                   resource=delivery.resource, status=DeliveryStatus.PENDING,
                                   pk__lt=delivery.pk).exists()


def _next_pending(delivery: Delivery) -> list[int]:
    following = Delivery.objects.filter(
        subscription_id=delivery.subscription_id, resource=delivery.resource,
        status=DeliveryStatus.PENDING, pk__gt=delivery.pk).order_by("pk").values_list(
        "pk", flat=True).first()
    return [following] if following else []


def deliveries_due(subscription_id: int | None = None, limit: int = 500) -> list[int]:
    """Due pending deliveries of active subscriptions with no earlier pending one for their
    subscription and resource, oldest first, at most ``limit`` (one query)."""
    now = timezone.now()
    earlier = Delivery.objects.filter(
        status=DeliveryStatus.PENDING, subscription_id=OuterRef("subscription_id"),
        resource=OuterRef("resource"), pk__lt=OuterRef("pk"))
    due = (Delivery.objects.filter(status=DeliveryStatus.PENDING, next_attempt_at__lte=now,
                                   subscription__active=True)
           .exclude(leased_until__gt=now).filter(~Exists(earlier)))
    if subscription_id is not None:
        due = due.filter(subscription_id=subscription_id)
    return list(due.order_by("pk").values_list("pk", flat=True)[:limit])


def deliveries_sweep() -> list[int]:
    """Kick every due delivery at the head of its order (the periodic task); returns them."""
    heads = deliveries_due()
    deliveries_kick(heads)
    return heads


def _claim(delivery_id: int) -> Delivery | None:
    """The delivery, leased to this worker, if it is due now and first in its order."""
    now = timezone.now()
    with transaction.atomic():
        delivery = (Delivery.objects.select_for_update(skip_locked=True, of=("self",))
                    .select_related("event", "subscription")
                    .filter(pk=delivery_id, status=DeliveryStatus.PENDING).first())
        if (delivery is None or delivery.next_attempt_at > now or not delivery.subscription.active
                or (delivery.leased_until and delivery.leased_until > now)
                or _earlier_pending(delivery)):
            return None
        delivery.leased_until = now + settings.WEBHOOK_LEASE
        delivery.save(update_fields=["leased_until"])
    return delivery


def request_of(delivery: Delivery, timestamp: int) -> tuple[bytes, dict[str, str]]:
    """The body and headers of a delivery's request."""
    body = json.dumps(delivery.event.payload, separators=(",", ":")).encode()
    return body, {
        signing.TIMESTAMP_HEADER: str(timestamp),
        signing.SIGNATURE_HEADER: signing.signature(delivery.subscription.secret, timestamp,
                                                    body),
        signing.EVENT_HEADER: str(delivery.event.uid),
        signing.DELIVERY_HEADER: str(delivery.pk),
    }


def delivery_attempt(delivery_id: int) -> str | None:
    """Send one delivery if it is due and first in its order (the worker's task). Returns the
    outcome (``delivered``, ``retry``, ``failed``) or None when it was not this delivery's turn."""
    delivery = _claim(delivery_id)
    if delivery is None:
        return None
    body, headers = request_of(delivery, int(timezone.now().timestamp()))
    answer = outbound.post(delivery.subscription.url, body, headers)
    now = timezone.now()
    delivery.attempts += 1
    delivery.last_attempt_at = now
    delivery.last_response_code = answer.status
    delivery.last_error = answer.error or ("" if answer.ok else f"HTTP {answer.status}")
    delivery.leased_until = None
    if answer.ok:
        delivery.status, delivery.delivered_at, outcome = DeliveryStatus.DELIVERED, now, "delivered"
    else:
        delay = retry_delay(delivery.attempts)
        if now + delay > delivery.retry_until:
            delivery.status, outcome = DeliveryStatus.FAILED, "failed"
        else:
            delivery.next_attempt_at, outcome = now + delay, "retry"
    delivery.save(update_fields=["attempts", "last_attempt_at", "last_response_code",
                                 "last_error", "leased_until", "status", "delivered_at",
                                 "next_attempt_at"])
    WEBHOOK_DELIVERIES.labels(outcome=outcome).inc()
    logger.info("webhook delivery %s", outcome, extra={
        "delivery": delivery.pk, "event": str(delivery.event.uid), "event_type":
        delivery.event.type, "subscription": delivery.subscription_id,
        "organisation_id": delivery.subscription.organisation_id, "outcome": outcome,
        "attempts": delivery.attempts, "response_code": answer.status,
        "error": delivery.last_error})
    if outcome == "retry":
        deliveries_kick([delivery.pk], countdown=(delivery.next_attempt_at - now).total_seconds())
    else:
        deliveries_kick(_next_pending(delivery))
    return outcome
