"""Who is calling: a person with memberships, or an organisation's API key.

Tenancy is decided from this one object (see ``selectors``), never endpoint by endpoint.
"""

from __future__ import annotations

import dataclasses

from epa.core.actor import ANONYMOUS, SYSTEM, Actor, Grant
from epa.organisations.models import ApiKey, Membership, Role, Scope


def actor_for_user(user) -> Actor:
    if user is None or not user.is_authenticated:
        return ANONYMOUS
    grants = tuple(
        Grant(m.organisation_id, m.organisation.kind, m.role)
        for m in Membership.objects.filter(user=user).select_related("organisation")
    )
    return Actor(grants=grants, scopes=frozenset(Scope.values), user_id=user.pk,
                 label=user.get_username())


def actor_for_api_key(key: ApiKey) -> Actor:
    """An organisation's key acts for it as an admin would; a personal key acts as its person,
    with the roles they hold in the key's organisation now (none left: no access). Both within
    the key's scopes."""
    org = key.organisation
    if key.user_id is None:
        return Actor(grants=(Grant(org.pk, org.kind, Role.ADMIN),),
                     scopes=frozenset(key.scopes), api_key_id=key.pk,
                     label=f"api-key:{key.prefix}")
    roles = Membership.objects.filter(user_id=key.user_id, organisation=org).values_list(
        "role", flat=True)
    return Actor(grants=tuple(Grant(org.pk, org.kind, role) for role in roles),
                 scopes=frozenset(key.scopes), user_id=key.user_id, api_key_id=key.pk,
                 label=key.user.get_username())


def admin_actor(request) -> Actor:
    """The person as the services see them: their memberships' roles, or, for staff acting for
    no organisation, the project itself (every write allowed by the policy, the rules still
    apply), recorded under their name."""
    actor = actor_for_user(request.user)
    if actor.grants:
        return actor
    return dataclasses.replace(SYSTEM, user_id=request.user.pk,
                               label=request.user.get_username())
