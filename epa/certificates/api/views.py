"""Certificate requests over HTTP: ``/certificates/``.

Visibility is ``selectors.certificates_visible_to`` (anything else is a 404): the EPAO's
admins and quality assurers, the apprentice's provider and employer; only the EPAO's admins
write (``services``)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from epa.api.concurrency import (
    conflict_responses,
    etag_parameter,
    if_match_parameter,
    if_match_version,
)
from epa.api.openapi import declare_rule_errors
from epa.api.throttling import OrganisationRateThrottle
from epa.api.viewsets import TenantViewSetMixin
from epa.certificates import services
from epa.certificates.api.serializers import (
    CREATE_EXAMPLE,
    CertificateCreateSerializer,
    CertificateFieldsSerializer,
    CertificateHistorySerializer,
    CertificateSerializer,
)
from epa.certificates.models import Certificate
from epa.certificates.selectors import certificate_history, certificates_visible_to
from epa.core.codes import field_codes
from epa.learners.selectors import apprenticeships_visible_to

IF_MATCH = if_match_parameter("certificate")
ETAG = etag_parameter("certificate")
CONFLICT, STALE = conflict_responses("certificate").values()
DETAIL = {200: CertificateSerializer, 409: CONFLICT, 412: STALE}


@extend_schema(tags=["certificates"])
@extend_schema_view(
    list=extend_schema(
        summary="List certificate requests",
        description="The certificate requests of apprenticeships the caller sees: the EPAO's "
                    "admins and quality assurers, the apprentice's provider and employer."),
    retrieve=extend_schema(summary="Get a certificate request", parameters=[ETAG]),
)
@declare_rule_errors(field_codes(services.CERTIFICATE_ERRORS),
                     actions=["create", "partial_update"])
class CertificateViewSet(TenantViewSetMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin,
                         viewsets.GenericViewSet):
    model = Certificate
    serializer_class = CertificateSerializer
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    throttle_scope = "writes"

    def get_throttles(self):
        return [] if self.request.method in ("GET", "HEAD", "OPTIONS") else [
            OrganisationRateThrottle()]

    def scoped_queryset(self, actor):
        return certificates_visible_to(actor).order_by("reference")

    def _detail(self, certificate: Certificate, status_code: int = 200) -> Response:
        certificate = self.scoped_queryset(self.actor).get(pk=certificate.pk)
        response = Response(CertificateSerializer(certificate).data, status=status_code)
        response["ETag"] = f'"{certificate.version}"'
        return response

    def retrieve(self, request, *args, **kwargs):
        return self._detail(self.get_object())

    @extend_schema(
        summary="Request a certificate",
        description="After a released (or recorded) pass, an admin of the apprenticeship's "
                    "EPAO creates its certificate request: the learner, standard, version and "
                    "provider come from the record; the EPAO gives the grade (by DfE name; the "
                    "released result's by default), achievement date, option and postal "
                    "contact. It is `draft` until every mandatory field is given, then "
                    "`ready`. One per apprenticeship (`certificate_exists`); a deleted one is "
                    "brought back with its reference. The EPAO must be approved for the "
                    "standard version.",
        request=CertificateCreateSerializer, examples=[CREATE_EXAMPLE],
        responses={201: CertificateSerializer, 409: CONFLICT})
    def create(self, request, *args, **kwargs):
        serializer = CertificateCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        apprenticeship = get_object_or_404(apprenticeships_visible_to(self.actor),
                                           pk=data.pop("apprenticeship"))
        certificate = services.certificate_create(
            actor=self.actor, apprenticeship=apprenticeship,
            family_name=data.pop("family_name", None) or None,
            version=data.pop("version", None) or None, values=data)
        return self._detail(certificate, status.HTTP_201_CREATED)

    @extend_schema(
        summary="Change a certificate request",
        description="Change the fields given of a `draft` or `ready` request; it becomes "
                    "`ready` once complete. A submitted one is not changed.",
        request=CertificateFieldsSerializer, parameters=[IF_MATCH, ETAG], responses=DETAIL)
    def partial_update(self, request, *args, **kwargs):
        certificate = self.get_object()
        serializer = CertificateFieldsSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        services.certificate_update(actor=self.actor, certificate=certificate,
                                    values=dict(serializer.validated_data),
                                    expected_version=if_match_version(request))
        return self._detail(certificate)

    @extend_schema(
        summary="Submit a certificate request",
        description="Send a `ready` request to DfE: it becomes `submitted` and the "
                    "apprenticeship `certificate_requested`. Needs every field DfE prints "
                    "from, the contact's organisation included (`certificate_incomplete`), "
                    "and the apprentice's version and option unchanged since.",
        request=None, parameters=[IF_MATCH], responses=DETAIL)
    @action(detail=True, methods=["post"])
    def submit(self, request, *args, **kwargs):
        certificate = self.get_object()
        services.certificate_submit(actor=self.actor, certificate=certificate,
                                    expected_version=if_match_version(request))
        return self._detail(certificate)

    @extend_schema(
        summary="Delete a certificate request",
        description="Before submission only (`certificate_submitted`). It keeps its "
                    "reference; a later create brings it back.",
        parameters=[IF_MATCH],
        responses={204: OpenApiResponse(description="Deleted."), 409: CONFLICT, 412: STALE})
    def destroy(self, request, *args, **kwargs):
        services.certificate_delete(actor=self.actor, certificate=self.get_object(),
                                    expected_version=if_match_version(request))
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(summary="A certificate request's history",
                   description="Every change of the request, oldest first, from its "
                               "apprenticeship's history.",
                   responses=CertificateHistorySerializer)
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def history(self, request, pk=None):
        certificate = self.get_object()
        return Response(CertificateHistorySerializer({
            "certificate": certificate.pk, "reference": certificate.reference,
            "uln": certificate.uln,
            "events": certificate_history(self.actor, certificate)}).data)
