"""Permissions shared by every tenant endpoint: deny by default, scopes for API keys.

Only authentication and scope live here. What a caller's role allows is decided by the
services (``epa.core.policy.require``: 403 ``role_required``), the same on every path.
"""

from __future__ import annotations

from rest_framework import exceptions, permissions

from epa.api.authentication import ApiKeyPrincipal
from epa.core.actor import Actor
from epa.core.codes import define
from epa.organisations.access import actor_for_user
from epa.organisations.models import Scope


def request_actor(request) -> Actor:
    """The caller as an ``Actor`` (memberships or API key), computed once per request."""
    actor = getattr(request, "_epa_actor", None)
    if actor is None:
        user = request.user
        actor = user.actor if isinstance(user, ApiKeyPrincipal) else actor_for_user(user)
        request._epa_actor = actor
    return actor


class InsufficientScope(exceptions.PermissionDenied):
    default_detail = "This API key does not have the scope this request needs."
    default_code = define("http", 403, "insufficient_scope")


class IsOrganisationMember(permissions.BasePermission):
    """Authenticated, acting for at least one organisation, with the scope the method needs:
    ``read`` for safe methods, ``write`` for the others."""

    message = "You are not a member of any organisation."

    def has_permission(self, request, view) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False
        actor = request_actor(request)
        if not actor.grants:
            return False
        needed = Scope.READ if request.method in permissions.SAFE_METHODS else Scope.WRITE
        if not actor.can(needed):
            raise InsufficientScope()
        return True
