"""Who sees which webhooks: an organisation's admins and keys see its subscriptions and their
deliveries; nobody else does (a 404)."""

from __future__ import annotations

from django.db.models import QuerySet

from epa.core.actor import Actor
from epa.organisations.models import Role
from epa.webhooks.models import Delivery, Subscription


def subscriptions_visible_to(actor: Actor) -> QuerySet[Subscription]:
    return Subscription.objects.filter(
        organisation_id__in=actor.organisation_ids(roles={Role.ADMIN})).order_by("id")


def deliveries_visible_to(actor: Actor, subscription: Subscription) -> QuerySet[Delivery]:
    return (Delivery.objects.filter(subscription=subscription,
                                    subscription__in=subscriptions_visible_to(actor))
            .select_related("event").order_by("-id"))
