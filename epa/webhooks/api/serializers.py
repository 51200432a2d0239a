from rest_framework import serializers

from epa.api.fields import (
    StrictBooleanField,
    StrictCharField,
    StrictChoiceField,
    StrictIntegerField,
    StrictModelSerializer,
)
from epa.webhooks.models import Delivery, EventType, Subscription


class SubscriptionSerializer(StrictModelSerializer):
    organisation = StrictIntegerField(
        source="organisation_id", required=False, min_value=1,
        help_text="The organisation subscribing; needed only when you act for several.")
    url = StrictCharField(max_length=500, help_text=(
        "Where events are POSTed: http or https, not resolving to a loopback, private or "
        "link-local address."))
    event_types = serializers.ListField(
        child=StrictChoiceField(choices=EventType.choices), min_length=1,
        max_length=len(EventType.choices), help_text="The event types to receive.")
    active = StrictBooleanField(default=True, help_text=(
        "false pauses the subscription: nothing is sent; pending deliveries wait."))
    description = StrictCharField(max_length=200, required=False, allow_blank=True,
                                  help_text="What the subscription is for.")

    class Meta:
        model = Subscription
        fields = ["id", "organisation", "url", "event_types", "active", "description",
                  "created_at", "updated_at"]
        read_only_fields = ["id", "created_at", "updated_at"]


class SubscriptionUpdateSerializer(SubscriptionSerializer):
    class Meta(SubscriptionSerializer.Meta):
        read_only_fields = ["id", "organisation", "created_at", "updated_at"]


class SubscriptionCreatedSerializer(SubscriptionSerializer):
    secret = serializers.CharField(read_only=True, help_text=(
        "The secret the signatures are made with. Shown once, now: keep it to verify "
        "`Webhook-Signature`."))

    class Meta(SubscriptionSerializer.Meta):
        fields = [*SubscriptionSerializer.Meta.fields, "secret"]


class DeliverySerializer(serializers.ModelSerializer):
    event = serializers.UUIDField(source="event.uid", read_only=True,
                                  help_text="The event's id (the payload's `id`).")
    event_type = serializers.CharField(source="event.type", read_only=True,
                                       help_text="The event's type.")
    payload = serializers.JSONField(source="event.payload", read_only=True,
                                    help_text="The body sent.")

    class Meta:
        model = Delivery
        fields = ["id", "event", "event_type", "resource", "status", "attempts", "created_at",
                  "next_attempt_at", "last_attempt_at", "last_response_code", "last_error",
                  "delivered_at", "retry_until", "replay_of", "payload"]
        read_only_fields = fields
        extra_kwargs = {
            "resource": {"help_text": "The resource the event is about, e.g. "
                                      "apprenticeship:42; deliveries of one resource are sent "
                                      "in order."},
            "status": {"help_text": "pending (being sent or retried), delivered, or failed "
                                    "(retries ran out)."},
            "attempts": {"help_text": "Requests made so far."},
            "last_response_code": {"help_text": "The receiver's last HTTP status; null when "
                                                "it did not answer."},
            "last_error": {"help_text": "Why the last attempt failed."},
            "retry_until": {"help_text": "Retries stop after this; then failed."},
            "replay_of": {"help_text": "The delivery this one replays."},
        }
