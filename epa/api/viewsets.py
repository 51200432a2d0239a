"""Base classes for tenant endpoints: restricted querysets and permissions in one place."""

from __future__ import annotations

from rest_framework import viewsets

from epa.api.permissions import IsOrganisationMember, request_actor
from epa.core.actor import Actor


class TenantViewSetMixin:
    """Every object a tenant endpoint returns comes from ``scoped_queryset(actor)``; anything
    outside it is a 404. Deny by default: members of an organisation only."""

    permission_classes = [IsOrganisationMember]
    model = None

    @property
    def actor(self) -> Actor:
        return request_actor(self.request)

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return self.model.objects.none()
        return self.scoped_queryset(self.actor)

    def scoped_queryset(self, actor: Actor):
        raise NotImplementedError


class TenantReadOnlyViewSet(TenantViewSetMixin, viewsets.ReadOnlyModelViewSet):
    pass
