"""Reads of organisations and access that encode rules: whose keys a caller sees."""

from __future__ import annotations

from django.db.models import QuerySet

from epa.core.actor import Actor
from epa.core.policy import require
from epa.organisations.models import ApiKey, Organisation, Role


def organisations_of(actor: Actor) -> QuerySet[Organisation]:
    """The organisations the caller acts for."""
    return Organisation.objects.filter(pk__in=actor.organisation_ids())


def api_keys_visible_to(actor: Actor, organisation: Organisation) -> QuerySet[ApiKey]:
    """An admin sees every key of the organisation, another member their own personal keys.
    Keys are managed by people: a key sees none (403 ``role_required``)."""
    require(actor.api_key_id is None, "Keys are managed by people, not by keys.")
    keys = ApiKey.objects.filter(organisation=organisation).select_related("user")
    if not actor.has_role(organisation.pk, {Role.ADMIN}):
        keys = keys.filter(user_id=actor.user_id)
    return keys.order_by("-created_at", "id")
