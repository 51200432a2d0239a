"""Who is calling: the grants (organisation, kind, role) of a person or an API key.

Built by ``epa.organisations.access`` from memberships and keys; every permission decision and
every audit entry reads this one object.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    # Who did it, for people reading a history: the person's user name (a personal key
    # included), ``api-key:<prefix>`` for an organisation's key, ``system`` for neither.
    label: str = "system"
    # The project itself (a management command, a loader): not a caller of the API.
    is_system: bool = False

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
# The project itself (a management command, a data migration): no organisation, every scope.
SYSTEM = Actor(grants=(), scopes=frozenset({"read", "write"}), label="system", is_system=True)
