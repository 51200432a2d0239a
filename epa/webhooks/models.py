"""Webhooks: an organisation's subscriptions, the events, and each event's delivery to each
subscription (the outbox: written in the transaction of the change, sent by the workers)."""

from __future__ import annotations

import uuid

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from epa.organisations.models import Organisation

ATTEMPTS_MAX = 10_000
HTTP_STATUS_MAX = 999
RESOURCE_ID_MAX = 9_223_372_036_854_775_807


class EventType(models.TextChoices):
    APPRENTICESHIP_CREATED = "apprenticeship.created", "Apprenticeship created"
    APPRENTICESHIP_CHANGED = "apprenticeship.changed", "Apprenticeship changed"
    APPRENTICESHIP_WITHDRAWN = "apprenticeship.withdrawn", "Apprenticeship withdrawn"
    GATEWAY_SUBMITTED = "gateway.submitted", "Gateway submitted"
    GATEWAY_DECIDED = "gateway.decided", "Gateway decided"
    EPA_BOOKED = "epa.booked", "EPA booked"
    RESULT_PROVISIONAL = "result.provisional", "Result provisional"
    RESULT_RELEASED = "result.released", "Result released"
    APPEAL_LODGED = "appeal.lodged", "Appeal lodged"
    APPEAL_DECIDED = "appeal.decided", "Appeal decided"
    CERTIFICATE_STATE = "certificate.state", "Certificate state changed"
    SYNC_COMPLETED = "sync.completed", "Sync completed"


class Subscription(models.Model):
    """Where an organisation wants its events: a URL, the event types, a signing secret."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE,
                                     related_name="webhook_subscriptions")
    url = models.URLField(max_length=500)
    event_types = models.JSONField(default=list)
    # Kept as is (the service signs with it); shown to the subscriber once, at creation.
    secret = models.CharField(max_length=100, editable=False)
    active = models.BooleanField(default=True)
    description = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["organisation", "id"]

    def __str__(self) -> str:
        return f"{self.organisation_id}: {self.url}"


class Event(models.Model):
    """One webhook event, derived from one audit event, with the payload every subscriber that
    may see it gets."""

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    type = models.CharField(max_length=40, choices=EventType.choices)
    occurred_at = models.DateTimeField()
    resource = models.CharField(max_length=60, help_text="The stream, e.g. apprenticeship:42.")
    audit_event_id = models.BigIntegerField(null=True, blank=True,
                                            validators=[MaxValueValidator(RESOURCE_ID_MAX)])
    payload = models.JSONField()

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.type} {self.resource}"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed"


class Delivery(models.Model):
    """One event to one subscription, sent at least once: pending until the receiver answers
    2xx (delivered) or retries run out (failed). Per subscription and resource, deliveries go
    in id order: a later one waits while an earlier one is pending."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="deliveries")
    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE,
                                     related_name="deliveries")
    resource = models.CharField(max_length=60)  # the event's, for the per-resource order
    status = models.CharField(max_length=10, choices=DeliveryStatus.choices,
                              default=DeliveryStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0, validators=[MaxValueValidator(ATTEMPTS_MAX)])
    created_at = models.DateTimeField(default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    retry_until = models.DateTimeField()
    leased_until = models.DateTimeField(null=True, blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_response_code = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(HTTP_STATUS_MAX)])
    last_error = models.CharField(max_length=200, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    replay_of = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")

    class Meta:
        ordering = ["id"]
        verbose_name_plural = "deliveries"
        indexes = [
            models.Index(fields=["subscription", "resource", "id"],
                         condition=Q(status="pending"), name="webhook_delivery_order_idx"),
            models.Index(fields=["next_attempt_at"], condition=Q(status="pending"),
                         name="webhook_delivery_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.event_id} -> {self.subscription_id} ({self.status})"
