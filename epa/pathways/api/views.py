"""An apprenticeship's pathway writes under ``/apprenticeships/{id}/``: withdraw, break in
learning and return, further learning complete. Whoever sees the apprenticeship reaches these
(others: 404); ``epa.pathways.services`` decides who may write."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from epa.api.error_schemas import ErrorResponse409Serializer
from epa.api.openapi import declare_rule_errors
from epa.api.throttling import OrganisationRateThrottle
from epa.api.viewsets import TenantViewSetMixin
from epa.core.codes import field_codes
from epa.learners.api.serializers import ApprenticeshipSerializer
from epa.learners.models import Apprenticeship
from epa.learners.selectors import apprenticeships_visible_to
from epa.pathways import services
from epa.pathways.api.serializers import (
    BreakReturnSerializer,
    BreakSerializer,
    BreakStartSerializer,
    FurtherLearningSerializer,
    ProgressionSerializer,
    ProgressSerializer,
    WithdrawalSerializer,
    WithdrawSerializer,
)

CONFLICT = OpenApiResponse(ErrorResponse409Serializer,
                           description="The apprenticeship's status does not allow this "
                                       "(`status_move_not_allowed`, `already_withdrawn`, ...).")


@extend_schema(tags=["apprenticeships"])
@declare_rule_errors(field_codes(services.WITHDRAW_ERRORS), actions=["withdraw"])
@declare_rule_errors(field_codes(services.BREAK_ERRORS), actions=["start_break"])
@declare_rule_errors(field_codes(services.RETURN_ERRORS), actions=["return_from_break"])
@declare_rule_errors(field_codes(services.PROGRESS_ERRORS), actions=["progress"])
class PathwayViewSet(TenantViewSetMixin, viewsets.GenericViewSet):
    model = Apprenticeship
    serializer_class = ApprenticeshipSerializer
    pagination_class = None
    filter_backends: list = []
    throttle_scope = "writes"

    def get_throttles(self):
        return [OrganisationRateThrottle()]

    def scoped_queryset(self, actor):
        return apprenticeships_visible_to(actor).select_related("learner",
                                                                "standard_version__standard")

    def _body(self, serializer_class):
        serializer = serializer_class(data=self.request.data)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data

    def _apprenticeship(self, pk: int):
        return (apprenticeships_visible_to(self.actor)
                .select_related("learner", "standard_version__standard", "standard")
                .prefetch_related("achievements", "progressed_to").get(pk=pk))

    @extend_schema(
        summary="Withdraw the apprentice",
        description=(
            "By the apprentice's provider (admins, staff, keys) or employer at any time before "
            "an end state; by an admin of the EPAO once the gateway has passed (a withdrawal "
            "from the EPA). An open gateway is closed, open EPA attempts are closed and their "
            "bookings not yet taken cancelled; the withdrawal is recorded in the history and "
            "the apprenticeship's status becomes `withdrawn` (the change feed shows it)."),
        request=WithdrawSerializer, responses={200: WithdrawalSerializer, 409: CONFLICT})
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        apprenticeship = self.get_object()
        data = self._body(WithdrawSerializer)
        done = services.apprenticeship_withdraw(actor=self.actor, apprenticeship=apprenticeship,
                                                **data)
        return Response(WithdrawalSerializer(done).data)

    @extend_schema(
        summary="Start a break in learning",
        description=(
            "By the provider or employer, from training, the gateway (in progress, failed or "
            "passed), a confirmed fail or further learning. Until the return no gateway "
            "write, booking or judgement is accepted (409 `apprenticeship_on_break`)."),
        request=BreakStartSerializer, responses={201: BreakSerializer, 409: CONFLICT})
    @action(detail=True, methods=["post"])
    def start_break(self, request, pk=None):
        pause = services.break_start(actor=self.actor, apprenticeship=self.get_object(),
                                     **self._body(BreakStartSerializer))
        return Response(BreakSerializer(pause).data, status=201)

    @extend_schema(
        summary="Return from a break in learning",
        description=("The status goes back to where it was before the break and the planned "
                     "end date moves by the break's length."),
        request=BreakReturnSerializer, responses={200: BreakSerializer, 409: CONFLICT})
    @action(detail=True, methods=["post"])
    def return_from_break(self, request, pk=None):
        pause = services.break_return(actor=self.actor, apprenticeship=self.get_object(),
                                      **self._body(BreakReturnSerializer))
        return Response(BreakSerializer(pause).data)

    @extend_schema(
        summary="Mark further learning complete",
        description=("After a retake has started the apprenticeship is in further learning; "
                     "the delivering provider marks it complete, and the retake's methods can "
                     "then be booked."),
        request=FurtherLearningSerializer,
        responses={200: ApprenticeshipSerializer, 409: CONFLICT})
    @action(detail=True, methods=["post"])
    def further_learning_complete(self, request, pk=None):
        apprenticeship = services.further_learning_complete(
            actor=self.actor, apprenticeship=self.get_object(),
            **self._body(FurtherLearningSerializer))
        return Response(ApprenticeshipSerializer(self._apprenticeship(apprenticeship.pk)).data)

    @extend_schema(
        summary="Progression routes of an apprenticeship",
        description=(
            "The standards this apprenticeship leads to (the catalogue's progression routes of "
            "its standard version, e.g. ST0792 -> ST0525), with level, whether the catalogue "
            "holds them and which versions, whether they are open to the apprentice (once "
            "achieved) and the apprenticeships already started on them from this one."),
        responses={200: ProgressionSerializer})
    @action(detail=True, methods=["get"])
    def progression(self, request, pk=None):
        apprenticeship = self.get_object()
        return Response(ProgressionSerializer({
            "apprenticeship": apprenticeship.pk, "uln": apprenticeship.learner.uln,
            "standard": apprenticeship.standard_version.standard.reference,
            "status": apprenticeship.status,
            "achieved": apprenticeship.status in services.ACHIEVED,
            "progressed_from": apprenticeship.progressed_from_id,
            "routes": services.progression_routes(apprenticeship)}).data)

    @extend_schema(
        summary="Start the next apprenticeship on a progression route",
        description=(
            "By the delivering provider (admins, staff, keys), once the apprentice has "
            "achieved (else 409 `not_achieved`), on a standard the achieved one leads to (else "
            "400 `not_a_progression_route`). The new apprenticeship is for the same learner "
            "and provider, checked by the rules of any new one, linked by `progressed_from` "
            "(the achieved one lists it in `progressed_to`); its recognised prior learning "
            "(hours and a note) becomes its gateway's off-the-job reduction."),
        request=ProgressSerializer, responses={201: ApprenticeshipSerializer, 409: CONFLICT})
    @action(detail=True, methods=["post"])
    def progress(self, request, pk=None):
        apprenticeship = self.get_object()
        created = services.apprenticeship_progress(actor=self.actor,
                                                   apprenticeship=apprenticeship,
                                                   data=self._body(ProgressSerializer))
        return Response(ApprenticeshipSerializer(self._apprenticeship(created.pk)).data,
                        status=201)
