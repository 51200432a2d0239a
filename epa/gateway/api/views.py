"""The gateway of one apprenticeship, under ``/apprenticeships/{apprenticeship_pk}/gateway/``.

Whoever sees the apprenticeship (its provider, employer and EPAO) reads its gateway; anyone
else gets a 404. Writes are decided by ``epa.gateway.services``; this module only translates
HTTP (bodies, ``If-Match``, ``ETag``) to those calls.
"""

from __future__ import annotations

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
)
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from epa.api.concurrency import (
    conflict_responses,
    etag_parameter,
    if_match_parameter,
    if_match_version,
)
from epa.api.filters import INVALID, MULTIPLE_VALUES, validated_query
from epa.api.openapi import declare_rule_errors
from epa.api.throttling import OrganisationRateThrottle
from epa.api.viewsets import TenantViewSetMixin
from epa.core.codes import field_codes
from epa.gateway import services
from epa.gateway.api.serializers import (
    DeclarationSerializer,
    EvaluationQuerySerializer,
    EvaluationSerializer,
    EvidenceItemSerializer,
    GatewayInputSerializer,
    GatewaySerializer,
    ReviewSerializer,
)
from epa.gateway.evaluation import component_rows, gateway_evaluate
from epa.gateway.models import ComponentKind, EvidenceItem, GatewaySubmission
from epa.learners.models import Apprenticeship
from epa.learners.selectors import apprenticeships_visible_to
from epa.standards.models import KSB

IF_MATCH = if_match_parameter("gateway")
ETAG = etag_parameter("gateway")
CONFLICT, STALE = conflict_responses("gateway").values()
EXAMPLE_EVALUATION = OpenApiExample("An apprentice aged 17 at start without maths", value={
    "apprenticeship": 42, "uln": "1000000018", "gateway_date": "2026-03-02", "ready": False,
    "components": [{
        "component": "maths", "required": True, "evidence_provided": False,
        "status": "missing", "rejection_reason": "", "reviewed_by": "", "reviewed_at": None,
        "check": {"status": "not_met", "reason": "maths_missing",
                  "message": "No maths achievement at Level 2 or above is recorded.",
                  "rule": {"code": "english_maths_level_2",
                           "description": "Level 2 English and maths before the EPA.",
                           "effective_from": None, "effective_to": None},
                  "details": {"required_level": 2}}}]}, response_only=True)


@extend_schema(tags=["gateway"])
@extend_schema_view(
    retrieve=extend_schema(
        summary="Get an apprenticeship's gateway",
        description="The submission with every component: its review status, and its check "
                    "computed at the gateway date (`met`, `not_met` or `not_required`, a reason "
                    "code, a message and the rule that applied with its effective dates). The "
                    "`ETag` header carries the version for `If-Match`.",
        parameters=[ETAG], responses={200: GatewaySerializer}),
)
@declare_rule_errors(field_codes(services.DATE_ERRORS),
                     actions=["create", "partial_update", "submit"])
@declare_rule_errors(field_codes(services.EVIDENCE_ERRORS), actions=["add_evidence"])
@declare_rule_errors(field_codes(services.SUBMIT_ERRORS), actions=["submit"])
@declare_rule_errors(field_codes(services.REVIEW_ERRORS), actions=["review"])
@declare_rule_errors({"gateway_date": [INVALID, MULTIPLE_VALUES]}, actions=["evaluation"])
class GatewayViewSet(TenantViewSetMixin, viewsets.GenericViewSet):
    model = Apprenticeship
    lookup_url_kwarg = "apprenticeship_pk"
    serializer_class = GatewaySerializer
    pagination_class = None
    filter_backends: list = []
    throttle_scope = "writes"

    def get_throttles(self):
        return [] if self.request.method in ("GET", "HEAD", "OPTIONS") else [
            OrganisationRateThrottle()]

    def scoped_queryset(self, actor):
        return apprenticeships_visible_to(actor).select_related(
            "learner", "standard_version", "option", "epao").prefetch_related(
            "achievements", "standard_version__options")

    # -- helpers ---------------------------------------------------------------------------

    def _submission(self, apprenticeship: Apprenticeship) -> GatewaySubmission:
        submission = GatewaySubmission.objects.filter(apprenticeship=apprenticeship).first()
        if submission is None:
            raise NotFound("No gateway has been opened for this apprenticeship.")
        submission.apprenticeship = apprenticeship
        return submission

    def _respond(self, apprenticeship: Apprenticeship, status_code: int = 200) -> Response:
        submission = (GatewaySubmission.objects.filter(apprenticeship=apprenticeship)
                      .prefetch_related("components", "attempts", Prefetch(
                          "evidence", queryset=EvidenceItem.objects.prefetch_related(
                              Prefetch("ksbs", queryset=KSB.objects.order_by("kind", "number")))))
                      .get())
        submission.apprenticeship = apprenticeship
        evaluation = gateway_evaluate(apprenticeship, submission)
        submission.evaluation = evaluation
        submission.component_rows = component_rows(evaluation, submission)
        response = Response(GatewaySerializer(submission).data, status=status_code)
        response["ETag"] = f'"{submission.version}"'
        return response

    # -- endpoints -------------------------------------------------------------------------

    def retrieve(self, request, *args, **kwargs):
        apprenticeship = self.get_object()
        self._submission(apprenticeship)
        return self._respond(apprenticeship)

    @extend_schema(summary="Open the gateway",
                   description="The apprenticeship's provider or employer opens its gateway "
                               "submission (one per apprenticeship); the apprenticeship moves "
                               "to `gateway_in_progress`.",
                   request=GatewayInputSerializer, parameters=[ETAG],
                   responses={201: GatewaySerializer, 409: CONFLICT})
    def create(self, request, *args, **kwargs):
        apprenticeship = self.get_object()
        serializer = GatewayInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.gateway_open(apprenticeship=apprenticeship, actor=self.actor,
                              values=serializer.validated_data)
        return self._respond(apprenticeship, status.HTTP_201_CREATED)

    @extend_schema(summary="Change the gateway's recorded facts",
                   description="The provider or employer, while the gateway is a draft or has "
                               "failed. After a failed attempt, the components a change "
                               "touches are reviewed again on resubmission.",
                   request=GatewayInputSerializer, parameters=[IF_MATCH, ETAG],
                   responses={200: GatewaySerializer, 409: CONFLICT, 412: STALE})
    def partial_update(self, request, *args, **kwargs):
        apprenticeship = self.get_object()
        submission = self._submission(apprenticeship)
        serializer = GatewayInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        services.gateway_update(submission=submission, actor=self.actor,
                                values=serializer.validated_data,
                                expected_version=if_match_version(request))
        return self._respond(apprenticeship)

    @extend_schema(summary="Evaluate the gateway (dry run)",
                   description="Every component's computed check, as the gateway would be "
                               "judged at `gateway_date`, without storing anything. Works "
                               "before a gateway is opened, from the apprenticeship's facts.",
                   parameters=[EvaluationQuerySerializer],
                   responses={200: EvaluationSerializer}, examples=[EXAMPLE_EVALUATION])
    @action(detail=True, methods=["get"])
    def evaluation(self, request, *args, **kwargs):
        apprenticeship = self.get_object()
        query = validated_query(request, EvaluationQuerySerializer)
        submission = GatewaySubmission.objects.filter(apprenticeship=apprenticeship).first()
        evaluation = gateway_evaluate(apprenticeship, submission, query.get("gateway_date"))
        return Response(EvaluationSerializer({
            "apprenticeship": apprenticeship.pk, "uln": apprenticeship.learner.uln,
            "gateway_date": evaluation.gateway_date, "ready": evaluation.ready,
            "components": component_rows(evaluation, submission)}).data)

    @extend_schema(summary="Add an item of evidence to the portfolio",
                   description="The provider or employer, while the gateway is a draft or has "
                               "failed. `ksbs` name KSBs of the apprenticeship's version.",
                   request=EvidenceItemSerializer, parameters=[IF_MATCH, ETAG],
                   responses={201: GatewaySerializer, 409: CONFLICT, 412: STALE})
    @action(detail=True, methods=["post"])
    def add_evidence(self, request, *args, **kwargs):
        apprenticeship = self.get_object()
        submission = self._submission(apprenticeship)
        serializer = EvidenceItemSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.evidence_add(submission=submission, actor=self.actor,
                              data=serializer.validated_data,
                              expected_version=if_match_version(request))
        return self._respond(apprenticeship, status.HTTP_201_CREATED)

    @extend_schema(summary="Remove an item of evidence",
                   description="The provider or employer, while the gateway is a draft or has "
                               "failed.", request=None, parameters=[IF_MATCH, ETAG],
                   responses={200: GatewaySerializer, 409: CONFLICT, 412: STALE})
    @action(detail=True, methods=["delete"])
    def remove_evidence(self, request, *args, **kwargs):
        apprenticeship = self.get_object()
        submission = self._submission(apprenticeship)
        item = get_object_or_404(EvidenceItem, submission=submission,
                                 pk=self.kwargs["evidence_pk"])
        services.evidence_remove(submission=submission, actor=self.actor, item=item,
                                 expected_version=if_match_version(request))
        return self._respond(apprenticeship)

    @extend_schema(summary="Submit the gateway to the EPAO",
                   description="Every required component but the employer's sign-off (which "
                               "may follow) must be provided and its check met; otherwise a "
                               "400 names each component that is not ready. A resubmission "
                               "after a failed attempt is the next attempt.",
                   request=None, parameters=[IF_MATCH, ETAG],
                   responses={200: GatewaySerializer, 409: CONFLICT, 412: STALE})
    @action(detail=True, methods=["post"])
    def submit(self, request, *args, **kwargs):
        apprenticeship = self.get_object()
        services.gateway_submit(submission=self._submission(apprenticeship), actor=self.actor,
                                expected_version=if_match_version(request))
        return self._respond(apprenticeship)

    @extend_schema(summary="Employer sign-off",
                   description="The apprentice's employer declares that the apprentice works "
                               "at or above the standard. Who and when are recorded.",
                   request=DeclarationSerializer, parameters=[IF_MATCH, ETAG],
                   responses={200: GatewaySerializer, 409: CONFLICT, 412: STALE})
    @action(detail=True, methods=["post"])
    def sign_off(self, request, *args, **kwargs):
        apprenticeship = self.get_object()
        serializer = DeclarationSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.employer_sign_off(submission=self._submission(apprenticeship),
                                   actor=self.actor, **serializer.validated_data,
                                   expected_version=if_match_version(request))
        return self._respond(apprenticeship)

    @extend_schema(summary="Provider declaration",
                   description="The training provider declares the apprentice ready for the "
                               "end-point assessment.",
                   request=DeclarationSerializer, parameters=[IF_MATCH, ETAG],
                   responses={200: GatewaySerializer, 409: CONFLICT, 412: STALE})
    @action(detail=True, methods=["post"])
    def declare(self, request, *args, **kwargs):
        apprenticeship = self.get_object()
        serializer = DeclarationSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.provider_declare(submission=self._submission(apprenticeship),
                                  actor=self.actor, **serializer.validated_data,
                                  expected_version=if_match_version(request))
        return self._respond(apprenticeship)

    @extend_schema(summary="Review a gateway component",
                   description="The EPAO named on the apprenticeship accepts or rejects one "
                               "submitted component; a rejection needs a reason. A component "
                               "already reviewed is a 409 `component_not_submitted`, so two "
                               "reviewers cannot overwrite each other. When nothing is left to "
                               "review, the gateway passes (every required component accepted, "
                               "every check met) or fails, and the apprenticeship moves to "
                               "`gateway_passed` or `gateway_failed`.",
                   parameters=[IF_MATCH, ETAG, OpenApiParameter(
                       "component", str, OpenApiParameter.PATH, enum=ComponentKind.values,
                       description="The component reviewed.")],
                   request=ReviewSerializer,
                   responses={200: GatewaySerializer, 409: CONFLICT, 412: STALE})
    @action(detail=True, methods=["post"])
    def review(self, request, *args, **kwargs):
        apprenticeship = self.get_object()
        if self.kwargs["component"] not in ComponentKind.values:
            raise NotFound("There is no such gateway component.")
        serializer = ReviewSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.component_review(
            submission=self._submission(apprenticeship), actor=self.actor,
            kind=self.kwargs["component"],
            accept=serializer.validated_data["decision"] == "accept",
            reason=serializer.validated_data["reason"],
            expected_version=if_match_version(request))
        return self._respond(apprenticeship)

