from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from epa.api.openapi import declare_rule_errors
from epa.api.viewsets import TenantReadOnlyViewSet, TenantViewSetMixin
from epa.organisations.api.serializers import (
    ApiKeyCreatedSerializer,
    ApiKeySerializer,
    OrganisationSerializer,
)
from epa.organisations.models import ApiKey, Organisation
from epa.organisations.selectors import api_keys_visible_to, organisations_of
from epa.organisations.services import API_KEY_ERROR_CODES, api_key_create, api_key_revoke


@extend_schema_view(
    list=extend_schema(summary="List organisations", description=(
        "The directory of organisations (EPAOs, providers, employers): what a client needs to "
        "name an employer or EPAO on an apprenticeship. Filter with `kind`.")),
    retrieve=extend_schema(summary="Get an organisation",
                           description="One organisation of the directory."),
)
@extend_schema(tags=["organisations"])
class OrganisationViewSet(TenantReadOnlyViewSet):
    serializer_class = OrganisationSerializer
    model = Organisation
    filterset_fields = ["kind"]

    def scoped_queryset(self, actor):
        return Organisation.objects.order_by("kind", "name", "id")


ORG_PARAM = OpenApiParameter("organisation_id", int, OpenApiParameter.PATH,
                             description="The organisation's id.")


@extend_schema_view(
    list=extend_schema(summary="List the organisation's API keys",
                       description="Its admins see every key; other members their own personal "
                                   "keys. Keys are never shown again after creation: only "
                                   "their prefix."),
    create=extend_schema(summary="Create an API key",
                         description="An admin creates keys that act for the organisation; any "
                                     "member creates a personal key (`personal: true`) that "
                                     "acts as them, e.g. for an assessor's client. People only, "
                                     "not keys. The response holds the key itself, once.",
                         request=ApiKeySerializer, responses={201: ApiKeyCreatedSerializer}),
    revoke=extend_schema(summary="Revoke an API key",
                         description="An admin revokes any of the organisation's keys, a member "
                                     "their own. The key stops working at once.",
                         request=None, responses={200: ApiKeySerializer}),
)
@extend_schema(tags=["organisations"], parameters=[ORG_PARAM])
@declare_rule_errors(API_KEY_ERROR_CODES, actions=["create"])
class ApiKeyViewSet(TenantViewSetMixin, mixins.ListModelMixin, mixins.CreateModelMixin,
                    viewsets.GenericViewSet):
    """An organisation's API keys, managed by people (not keys): its admins all of them, each
    member their own personal keys."""

    serializer_class = ApiKeySerializer
    model = ApiKey
    lookup_field = "prefix"

    def organisation(self) -> Organisation:
        return get_object_or_404(organisations_of(self.actor), pk=self.kwargs["organisation_id"])

    def scoped_queryset(self, actor):
        return api_keys_visible_to(actor, self.organisation())

    def create(self, request, *args, **kwargs):
        organisation = self.organisation()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        key, raw = api_key_create(
            actor=self.actor, organisation=organisation, name=data["name"],
            scopes=data["scopes"], expires_at=data.get("expires_at"), personal=data["personal"])
        key.key = raw
        return Response(ApiKeyCreatedSerializer(key).data, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["post"])
    def revoke(self, request, *args, **kwargs):
        key = api_key_revoke(actor=self.actor, key=self.get_object())
        return Response(ApiKeySerializer(key).data)
