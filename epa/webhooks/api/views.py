from django.shortcuts import get_object_or_404
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from epa.api.openapi import declare_rule_errors
from epa.api.viewsets import TenantViewSetMixin
from epa.webhooks.api.serializers import (
    DeliverySerializer,
    SubscriptionCreatedSerializer,
    SubscriptionSerializer,
    SubscriptionUpdateSerializer,
)
from epa.webhooks.models import Delivery, DeliveryStatus, Subscription
from epa.webhooks.selectors import deliveries_visible_to, subscriptions_visible_to
from epa.webhooks.services import (
    SUBSCRIPTION_ERROR_CODES,
    delivery_replay,
    subscription_create,
    subscription_delete,
    subscription_organisation,
    subscription_update,
)

_CREATE_EXAMPLE = OpenApiExample("Subscribe to gateway decisions", request_only=True, value={
    "url": "https://mis.example.org/epa-webhooks", "event_types": ["gateway.decided"],
    "description": "MIS"})


@extend_schema_view(
    list=extend_schema(summary="List webhook subscriptions", description=(
        "The subscriptions of the organisations you administer (admins and organisation "
        "keys). Secrets are never shown again after creation.")),
    retrieve=extend_schema(summary="Get a webhook subscription",
                           description="One subscription (without its secret)."),
    create=extend_schema(
        summary="Subscribe to webhook events", description=(
            "Events of the types named, about resources the organisation may see, are POSTed "
            "to `url`, signed (see the README, Webhooks). The response holds the signing "
            "secret, once."),
        request=SubscriptionSerializer, responses={201: SubscriptionCreatedSerializer},
        examples=[_CREATE_EXAMPLE]),
    partial_update=extend_schema(
        summary="Change or pause a webhook subscription", description=(
            "Change the URL, event types or description; `active: false` pauses it "
            "(nothing is sent, pending deliveries wait), `active: true` resumes it."),
        request=SubscriptionUpdateSerializer, responses={200: SubscriptionSerializer}),
    destroy=extend_schema(summary="Delete a webhook subscription",
                          description="Unsubscribe; its deliveries are deleted with it."),
)
@extend_schema(tags=["webhooks"])
@declare_rule_errors(SUBSCRIPTION_ERROR_CODES, actions=["create", "partial_update"])
class SubscriptionViewSet(TenantViewSetMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin,
                          mixins.CreateModelMixin, mixins.UpdateModelMixin,
                          mixins.DestroyModelMixin, viewsets.GenericViewSet):
    serializer_class = SubscriptionSerializer
    model = Subscription
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def scoped_queryset(self, actor):
        return subscriptions_visible_to(actor)

    def get_serializer_class(self):
        if self.action == "partial_update":
            return SubscriptionUpdateSerializer
        return super().get_serializer_class()

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        organisation = subscription_organisation(self.actor, data.get("organisation_id"))
        subscription = subscription_create(
            actor=self.actor, organisation=organisation, url=data["url"],
            event_types=data["event_types"], active=data["active"],
            description=data.get("description", ""))
        return Response(SubscriptionCreatedSerializer(subscription).data,
                        status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        subscription = self.get_object()
        serializer = self.get_serializer(subscription, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        updated = subscription_update(actor=self.actor, subscription=subscription,
                                      changes=dict(serializer.validated_data))
        return Response(SubscriptionSerializer(updated).data)

    def destroy(self, request, *args, **kwargs):
        subscription_delete(actor=self.actor, subscription=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


WEBHOOK_PARAM = OpenApiParameter("webhook_id", int, OpenApiParameter.PATH,
                                 description="The subscription's id.")


@extend_schema_view(
    list=extend_schema(
        summary="List a subscription's deliveries", description=(
            "Newest first: each event sent to the subscription, with its status (`pending`, "
            "`delivered`, `failed`), attempts, last response code and error. Filter with "
            "`status`."),
        parameters=[OpenApiParameter("status", str, enum=DeliveryStatus.values,
                                     description="Only deliveries in this status.")]),
    replay=extend_schema(
        summary="Replay a delivery", description=(
            "Send a delivered or failed delivery's event again, as a new delivery (after any "
            "pending for the same resource), retried as any other. 409 `delivery_pending` "
            "while the delivery is still pending."),
        request=None, responses={202: DeliverySerializer}),
)
@extend_schema(tags=["webhooks"], parameters=[WEBHOOK_PARAM])
class DeliveryViewSet(TenantViewSetMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = DeliverySerializer
    model = Delivery
    filterset_fields = ["status"]

    def subscription(self) -> Subscription:
        return get_object_or_404(subscriptions_visible_to(self.actor),
                                 pk=self.kwargs["webhook_id"])

    def scoped_queryset(self, actor):
        return deliveries_visible_to(actor, self.subscription())

    @action(detail=True, methods=["post"])
    def replay(self, request, *args, **kwargs):
        replay = delivery_replay(actor=self.actor, delivery=self.get_object())
        return Response(DeliverySerializer(replay).data, status=status.HTTP_202_ACCEPTED)
