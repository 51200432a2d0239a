"""Who is calling: a person with memberships, or an organisation's API key.

Tenancy is decided from this one object (see ``selectors``), never endpoint by endpoint.
"""

from __future__ import annotations

from dataclasses import dataclass

from epa.organisations.models import ApiKey, Membership, Role, Scope


@dataclass(frozen=True)
class Grant:
    organisation_id: int
    kind: str
    role: str


@dataclass(frozen=True)
class Actor:
    grants: tuple[Grant, ...]
    scopes: frozenset[str]
    user_id: int | None = None
    api_key_id: int | None = None

    @property
    def is_anonymous(self) -> bool:
        return not self.grants and self.user_id is None and self.api_key_id is None

    def organisation_ids(self, kind: str | None = None, roles: set[str] | None = None) -> set[int]:
        return {
            g.organisation_id for g in self.grants
            if (kind is None or g.kind == kind) and (roles is None or g.role in roles)
        }

    def has_role(self, organisation_id: int, roles: set[str]) -> bool:
        return any(g.organisation_id == organisation_id and g.role in roles for g in self.grants)

    def can(self, scope: str) -> bool:
        return scope in self.scopes


ANONYMOUS = Actor(grants=(), scopes=frozenset())


def actor_for_user(user) -> Actor:
    if user is None or not user.is_authenticated:
        return ANONYMOUS
    grants = tuple(
        Grant(m.organisation_id, m.organisation.kind, m.role)
        for m in Membership.objects.filter(user=user).select_related("organisation")
    )
    return Actor(grants=grants, scopes=frozenset(Scope.values), user_id=user.pk)


def actor_for_api_key(key: ApiKey) -> Actor:
    """An organisation's key acts for it as an admin would; a personal key acts as its person,
    with the roles they hold in the key's organisation now (none left: no access). Both within
    the key's scopes."""
    org = key.organisation
    if key.user_id is None:
        return Actor(grants=(Grant(org.pk, org.kind, Role.ADMIN),),
                     scopes=frozenset(key.scopes), api_key_id=key.pk)
    roles = Membership.objects.filter(user_id=key.user_id, organisation=org).values_list(
        "role", flat=True)
    return Actor(grants=tuple(Grant(org.pk, org.kind, role) for role in roles),
                 scopes=frozenset(key.scopes), user_id=key.user_id, api_key_id=key.pk)

