"""The EPA over HTTP: ``/assessments/`` (one per attempt) and ``/assessor-conflicts/``.

Visibility is decided by ``selectors.assessments_visible_to`` (anything else is a 404); what
each party may do is decided by ``epa.assessments.services``. This module translates HTTP
(bodies, ``If-Match``, ``ETag``) to those calls and renders what they return.
"""

from __future__ import annotations

from django.db.models import Q
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from epa.api.concurrency import (
    conflict_responses,
    etag_parameter,
    if_match_parameter,
    if_match_version,
)
from epa.api.error_schemas import ErrorResponse428Serializer
from epa.api.openapi import declare_rule_errors
from epa.api.throttling import OrganisationRateThrottle
from epa.api.viewsets import TenantViewSetMixin
from epa.assessments import services
from epa.assessments.api.serializers import (
    AppealDecisionSerializer,
    AppealInputSerializer,
    AppealSerializer,
    AssessmentDetailSerializer,
    AssessmentSerializer,
    AssessmentStartSerializer,
    BookingSerializer,
    ConflictDeclarationInputSerializer,
    ConflictDeclarationSerializer,
    CoverageSerializer,
    JudgementInputSerializer,
    JudgementResultSerializer,
    OutcomeRecordSerializer,
    QualityAssuranceSerializer,
    ResitSerializer,
)
from epa.assessments.filters import AssessmentFilter
from epa.assessments.models import Appeal, Assessment, ConflictDeclaration, MethodAssessment
from epa.assessments.selectors import (
    assessment_grading,
    assessments_visible_to,
    assessments_with_details,
    ksb_coverage,
    pending_criteria,
)
from epa.core.codes import field_codes
from epa.learners.selectors import apprenticeships_visible_to
from epa.organisations.models import OrganisationKind, Role

IF_MATCH = if_match_parameter("assessment")
ETAG = etag_parameter("assessment")
CONFLICT, STALE = conflict_responses("assessment").values()
METHOD = OpenApiParameter("method_code", str, OpenApiParameter.PATH,
                          description="The method's code in the plan, e.g. `M1`.")
CRITERION = OpenApiParameter("criterion_code", str, OpenApiParameter.PATH,
                             description="The grading criterion's code, e.g. `PR1`.")
DETAIL = {200: AssessmentDetailSerializer, 409: CONFLICT, 412: STALE}


@extend_schema(tags=["assessments"])
@extend_schema_view(
    list=extend_schema(
        summary="List EPA attempts",
        description="EPA attempts the caller may see: the EPAO's admins and quality assurers "
                    "every attempt of apprenticeships naming it; an assessor those with a "
                    "method booked with them; the provider and employer released results only."),
    retrieve=extend_schema(
        summary="Get an EPA attempt",
        description="The attempt with each method's booking, judgements, computed grade and how "
                    "it was reached (the criteria unmet and those not judged yet), and the "
                    "overall grade from the plan's matrix (`grading`).",
        parameters=[ETAG]),
)
@declare_rule_errors(field_codes(services.BOOK_ERRORS), actions=["book"])
@declare_rule_errors(field_codes(services.JUDGE_ERRORS), actions=["judge"])
@declare_rule_errors(field_codes(services.QUALITY_ASSURANCE_ERRORS),
                     actions=["quality_assurance"])
@declare_rule_errors(field_codes(services.RESIT_ERRORS), actions=["resit"])
@declare_rule_errors(field_codes(services.OUTCOME_ERRORS), actions=["record_outcome"])
@declare_rule_errors(field_codes(services.APPEAL_ERRORS), actions=["appeal"])
@declare_rule_errors(field_codes(services.DECISION_ERRORS), actions=["decide_appeal"])
class AssessmentViewSet(TenantViewSetMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin,
                        viewsets.GenericViewSet):
    model = Assessment
    serializer_class = AssessmentSerializer
    filterset_class = AssessmentFilter

    def get_throttles(self):
        return [] if self.request.method in ("GET", "HEAD", "OPTIONS") else [
            OrganisationRateThrottle()]

    throttle_scope = "writes"

    def scoped_queryset(self, actor):
        return assessments_with_details(assessments_visible_to(actor)).order_by(
            "apprenticeship_id", "number")

    def _detail(self, assessment: Assessment, status_code: int = 200) -> Response:
        assessment = self.scoped_queryset(self.actor).get(pk=assessment.pk)
        context = {"pending": pending_criteria(assessment),
                   "grading": assessment_grading(assessment)}
        response = Response(AssessmentDetailSerializer(assessment, context=context).data,
                            status=status_code)
        response["ETag"] = f'"{assessment.version}"'
        return response

    def _method(self, assessment: Assessment) -> MethodAssessment:
        return get_object_or_404(MethodAssessment, assessment=assessment,
                                 method__code=self.kwargs["method_code"])

    def retrieve(self, request, *args, **kwargs):
        return self._detail(self.get_object())

    @extend_schema(summary="Start the EPA",
                   description="An admin of the apprenticeship's EPAO starts its first attempt "
                               "once the gateway has passed: one method to book per method of "
                               "the EPAO's plan that applies to the apprentice's option, within "
                               "the plan's EPA period from the gateway decision.",
                   request=AssessmentStartSerializer,
                   responses={201: AssessmentDetailSerializer, 409: CONFLICT})
    def create(self, request, *args, **kwargs):
        serializer = AssessmentStartSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        apprenticeship = get_object_or_404(apprenticeships_visible_to(self.actor),
                                           pk=serializer.validated_data["apprenticeship"])
        assessment = services.assessment_start(apprenticeship=apprenticeship, actor=self.actor)
        return self._detail(assessment, status.HTTP_201_CREATED)

    @extend_schema(summary="Record an EPA outcome directly",
                   description="An EPAO admin whose assessment ran elsewhere records an "
                               "attempt's outcome directly (no bookings or judgements): pass "
                               "(with its DfE grade if known), fail or withdrawn, with its date "
                               "and whether it was a resit or retake. The same rules as the EPA "
                               "run here apply: the gateway passed (or a fail with an attempt "
                               "left), the EPAO approved for the standard version, an option of "
                               "that version, the plan's attempt limit. The result is released "
                               "as recorded and the apprenticeship's status follows it: a pass "
                               "`achieved`, a fail `result_confirmed` (an attempt left) or "
                               "`failed`, a withdrawal `withdrawn`.",
                   request=OutcomeRecordSerializer,
                   responses={201: AssessmentDetailSerializer, 409: CONFLICT})
    @action(detail=False, methods=["post"], url_path="record-outcome")
    def record_outcome(self, request, *args, **kwargs):
        serializer = OutcomeRecordSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        apprenticeship = get_object_or_404(apprenticeships_visible_to(self.actor),
                                           pk=data.pop("apprenticeship"))
        assessment = services.outcome_record(apprenticeship=apprenticeship, actor=self.actor,
                                             **data)
        return self._detail(assessment, status.HTTP_201_CREATED)

    @extend_schema(summary="Book a method",
                   description="An EPAO admin books (or re-books) a method: date and time "
                               "within the EPA period (or the resit or retake window), location "
                               "or remote, and the assessor. The assessor must be an assessor "
                               "of the EPAO with no conflict of interest: not a member of the "
                               "apprentice's provider or employer, no conflict they declared "
                               "with the apprentice, provider or employer, and not the assessor "
                               "whose grade an upheld appeal overturned.",
                   request=BookingSerializer, parameters=[METHOD, IF_MATCH, ETAG],
                   responses=DETAIL)
    @action(detail=True, methods=["post"], url_path=r"methods/(?P<method_code>[^/.]+)/booking")
    def book(self, request, *args, **kwargs):
        assessment = self.get_object()
        serializer = BookingSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        services.method_book(method_assessment=self._method(assessment), actor=self.actor,
                             assessor=data["assessor"], scheduled_at=data["scheduled_at"],
                             location=data["location"], remote=data["remote"],
                             expected_version=if_match_version(request))
        return self._detail(assessment)

    @extend_schema(summary="Record a judgement",
                   description="The assessor booked for the method records whether the "
                               "apprentice met one grading criterion, with an evidence note and "
                               "the KSBs observed. The method's grade and the overall grade are "
                               "computed from the judgements, never entered. Changing an "
                               "existing judgement needs `If-Match` with the judgement's ETag "
                               "(its `version`): without it a 428, and a stale one a 412, so "
                               "that no update is lost.",
                   request=JudgementInputSerializer,
                   parameters=[METHOD, CRITERION,
                               if_match_parameter("judgement", required_to_change=True),
                               etag_parameter("judgement")],
                   responses={200: JudgementResultSerializer, 409: CONFLICT, 412: STALE,
                              428: OpenApiResponse(ErrorResponse428Serializer,
                                                   description="Send If-Match to change an "
                                                               "existing judgement.")})
    @action(detail=True, methods=["put"],
            url_path=r"methods/(?P<method_code>[^/.]+)/judgements/(?P<criterion_code>[^/.]+)")
    def judge(self, request, *args, **kwargs):
        assessment = self.get_object()
        serializer = JudgementInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        recorded = services.judgement_record(
            method_assessment=self._method(assessment),
            criterion_code=self.kwargs["criterion_code"], actor=self.actor,
            expected_version=if_match_version(request), **serializer.validated_data)
        response = Response(JudgementResultSerializer(recorded).data)
        response["ETag"] = f'"{recorded.judgement.version}"'
        return response

    @extend_schema(summary="Quality-assure and release the result",
                   description="A quality assurer of the EPAO who assessed none of the "
                               "attempt's methods upholds the provisional result, or changes "
                               "method grades with a reason for each, and releases it. The "
                               "grades are then locked: corrections go through an appeal.",
                   request=QualityAssuranceSerializer, parameters=[IF_MATCH, ETAG],
                   responses=DETAIL)
    @action(detail=True, methods=["post"], url_path="quality-assurance")
    def quality_assurance(self, request, *args, **kwargs):
        assessment = self.get_object()
        serializer = QualityAssuranceSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.quality_assure(assessment=assessment, actor=self.actor,
                                changes=[dict(c) for c in serializer.validated_data["changes"]],
                                note=serializer.validated_data["note"],
                                expected_version=if_match_version(request))
        return self._detail(assessment)

    @extend_schema(summary="Start a resit or retake",
                   description="After a released fail, an EPAO admin starts the next attempt: "
                               "only the failed methods are booked again, within the plan's "
                               "resit or retake window from the release; the others carry their "
                               "grades. The grade is capped at pass unless exceptional "
                               "circumstances are recorded. The plan's attempt limit applies.",
                   request=ResitSerializer, parameters=[IF_MATCH],
                   responses={201: AssessmentDetailSerializer, 409: CONFLICT, 412: STALE})
    @action(detail=True, methods=["post"])
    def resit(self, request, *args, **kwargs):
        previous = self.get_object()
        serializer = ResitSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        attempt = services.resit_start(previous=previous, actor=self.actor,
                                       expected_version=if_match_version(request),
                                       **serializer.validated_data)
        return self._detail(attempt, status.HTTP_201_CREATED)

    @extend_schema(summary="KSB coverage",
                   description="Every KSB of the apprentice's option: the methods and criteria "
                               "that assess it in this attempt, each judgement, and the KSBs no "
                               "judgement covers yet.",
                   responses={200: CoverageSerializer})
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def coverage(self, request, *args, **kwargs):
        return Response(CoverageSerializer(ksb_coverage(self.get_object())).data)

    @extend_schema(summary="Lodge an appeal",
                   description="The apprentice's provider or employer appeals a method's grade "
                               "within the plan's appeal window (31 days by default) after "
                               "release, unless the highest grade was awarded.",
                   request=AppealInputSerializer, parameters=[IF_MATCH],
                   responses={201: AppealSerializer, 409: CONFLICT, 412: STALE})
    @action(detail=True, methods=["post"])
    def appeal(self, request, *args, **kwargs):
        assessment = self.get_object()
        serializer = AppealInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        appeal = services.appeal_lodge(assessment=assessment, actor=self.actor,
                                       method_code=serializer.validated_data["method"],
                                       grounds=serializer.validated_data["grounds"],
                                       expected_version=if_match_version(request))
        return Response(AppealSerializer(appeal).data, status=status.HTTP_201_CREATED)

    @extend_schema(summary="Decide an appeal",
                   description="An EPAO admin upholds or dismisses an appeal, with a reason. "
                               "Upheld, the method is reopened for a different assessor and "
                               "the result is no longer released until quality assurance "
                               "releases it again.",
                   request=AppealDecisionSerializer,
                   parameters=[IF_MATCH, OpenApiParameter("appeal_pk", int,
                                                          OpenApiParameter.PATH,
                                                          description="The appeal's id.")],
                   responses={200: AppealSerializer, 409: CONFLICT, 412: STALE})
    @action(detail=True, methods=["post"], url_path=r"appeals/(?P<appeal_pk>[0-9]+)/decision")
    def decide_appeal(self, request, *args, **kwargs):
        assessment = self.get_object()
        appeal = get_object_or_404(Appeal, assessment=assessment, pk=self.kwargs["appeal_pk"])
        serializer = AppealDecisionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        appeal = services.appeal_decide(appeal=appeal, actor=self.actor,
                                        uphold=serializer.validated_data["decision"] == "uphold",
                                        reason=serializer.validated_data["reason"],
                                        expected_version=if_match_version(request))
        return Response(AppealSerializer(appeal).data)


@extend_schema(tags=["assessments"])
@extend_schema_view(
    list=extend_schema(summary="List declared conflicts of interest",
                       description="An EPAO's admins see its assessors' declarations; an "
                                   "assessor sees their own."),
    create=extend_schema(summary="Declare a conflict of interest",
                         request=ConflictDeclarationInputSerializer,
                         responses={201: ConflictDeclarationSerializer},
                         description="An assessor declares a conflict with an apprentice (by "
                                     "ULN), a provider or an employer; an EPAO admin may record "
                                     "one for any of its assessors. A declared conflict bars "
                                     "the assessor from that apprentice's bookings."),
)
@declare_rule_errors(field_codes(services.CONFLICT_ERRORS), actions=["create"])
class ConflictDeclarationViewSet(TenantViewSetMixin, mixins.ListModelMixin,
                                 mixins.CreateModelMixin, viewsets.GenericViewSet):
    model = ConflictDeclaration
    serializer_class = ConflictDeclarationSerializer
    filter_backends: list = []

    def scoped_queryset(self, actor):
        scope = Q(epao_id__in=actor.organisation_ids(OrganisationKind.EPAO, {Role.ADMIN}))
        if actor.user_id is not None:
            scope |= Q(assessor_id=actor.user_id)
        return (ConflictDeclaration.objects.filter(scope).select_related("assessor")
                .order_by("epao_id", "assessor_id", "id"))

    def create(self, request, *args, **kwargs):
        serializer = ConflictDeclarationInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        declaration = services.conflict_declare(
            actor=self.actor, epao_id=data["epao"], assessor=data["assessor"], uln=data["uln"],
            organisation_id=data["organisation"], reason=data["reason"])
        return Response(ConflictDeclarationSerializer(declaration).data,
                        status=status.HTTP_201_CREATED)
