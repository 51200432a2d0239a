from django.conf import settings
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from drf_standardized_errors.formatter import flatten_errors
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ErrorDetail, ValidationError
from rest_framework.response import Response

from epa.api.error_schemas import ErrorResponse409Serializer, ErrorResponse422Serializer
from epa.api.feed import ChangeFeedPagination
from epa.api.idempotency import IDEMPOTENCY_KEY_PARAMETER, idempotent
from epa.api.openapi import declare_rule_errors
from epa.api.pagination import CursorPagination
from epa.api.throttling import OrganisationRateThrottle
from epa.api.viewsets import TenantViewSetMixin
from epa.core.errors import FieldError
from epa.learners.api.serializers import (
    ACHIEVEMENT_VALUES,
    APPRENTICESHIP_VALUES,
    LEARNER_VALUES,
    ApprenticeshipSerializer,
    HistorySerializer,
    LearnerSerializer,
    SyncEnvelopeSerializer,
    SyncRecordChecker,
    SyncRequestSerializer,
    SyncResponseSerializer,
    apprenticeship_rows_data,
    learner_rows_data,
)
from epa.learners.filters import ApprenticeshipFilter, LearnerFilter
from epa.learners.models import Achievement, Apprenticeship, Learner
from epa.learners.selectors import (
    apprenticeships_visible_to,
    events_visible_to,
    learners_visible_to,
)
from epa.learners.services import (
    APPRENTICESHIP_ERROR_CODES,
    LEARNER_ERROR_CODES,
    apprenticeship_create,
    apprenticeship_update,
)
from epa.learners.sync import Outcome, RecordResult, apprenticeships_sync
from epa.pathways.services import sync_withdraw

CURSOR_PAGES = (
    "Paged by cursor: the first page without `cursor`, then pass each page's `next_cursor` "
    "back as `cursor` until `has_more` is false (`next_cursor` null). There is no total and "
    "no page number; filters apply to every page alike.")


@extend_schema_view(
    list=extend_schema(summary="List learners", description="Learners with an apprenticeship "
                       "the caller may see, by family name, given names and id. " + CURSOR_PAGES),
    retrieve=extend_schema(summary="Get a learner", description="One learner."),
)
@extend_schema(tags=["learners"])
class LearnerViewSet(TenantViewSetMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = LearnerSerializer
    filterset_class = LearnerFilter
    model = Learner
    pagination_class = CursorPagination
    cursor_ordering = ("family_name", "given_names", "id")  # served by learner_list_idx

    def scoped_queryset(self, actor):
        return learners_visible_to(actor).order_by(*self.cursor_ordering)

    def list(self, request, *args, **kwargs):
        rows = self.paginate_queryset(
            self.filter_queryset(self.get_queryset()).values(*LEARNER_VALUES))
        return self.get_paginated_response(learner_rows_data(rows))


@extend_schema_view(
    list=extend_schema(summary="List apprenticeships", description=(
        "Apprenticeships the caller may see: a provider those it delivers, an employer those "
        "it employs, an EPAO (admins, quality assurers) those naming it; latest start first "
        "(then by id). " + CURSOR_PAGES)),
    retrieve=extend_schema(summary="Get an apprenticeship", description="One apprenticeship."),
    create=extend_schema(summary="Create an apprenticeship", description=(
        "A provider's admins, staff and keys only (others: 403 `role_required`), for a "
        "provider they act for (else 400 `provider_not_yours`). The learner is matched by "
        "ULN. Recorded in the apprenticeship's history.")),
    partial_update=extend_schema(summary="Change an apprenticeship", description=(
        "The delivering provider's admins, staff and keys only (others: 403 "
        "`role_required`). Recorded in the apprenticeship's history with the fields before "
        "and after.")),
)
@extend_schema(tags=["apprenticeships"])
@declare_rule_errors(
    {**APPRENTICESHIP_ERROR_CODES,
     # drf-standardized-errors does not collect the codes of a nested serializer field itself.
     "learner": [*APPRENTICESHIP_ERROR_CODES["learner"], "required", "null", "invalid"],
     "achievements": ["null", "not_a_list", "invalid"],
     "achievements.INDEX": ["null", "invalid"],
     **{f"learner.{name}": codes for name, codes in LEARNER_ERROR_CODES.items()}},
    actions=["create", "partial_update"],
)
@declare_rule_errors({"Idempotency-Key": ["invalid"],
                      "provider": ["provider_not_yours", "required"],
                      "records": ["required", "null", "not_a_list", "empty", "min_length",
                                  "max_length", "too_many_records"]},
                     actions=["sync"])
class ApprenticeshipViewSet(TenantViewSetMixin, mixins.ListModelMixin,
                            mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                            mixins.UpdateModelMixin, viewsets.GenericViewSet):
    serializer_class = ApprenticeshipSerializer
    filterset_class = ApprenticeshipFilter
    model = Apprenticeship
    http_method_names = ["get", "post", "patch", "head", "options"]
    pagination_class = CursorPagination
    # The list's order, served for each kind of caller by an index on the tenancy column and
    # the order (see the model's indexes).
    cursor_ordering = ("-start_date", "id")
    THROTTLED_ACTIONS = {"create": "writes", "partial_update": "writes", "sync": "sync"}

    @property
    def throttle_scope(self) -> str | None:
        return self.THROTTLED_ACTIONS.get(self.action)

    def get_throttles(self):
        return [OrganisationRateThrottle()] if self.throttle_scope else []

    @extend_schema(
        summary="Sync apprenticeships in bulk",
        description=(
            "Create or update up to 1,000 of the caller's apprenticeships (and their learners) "
            "in one request, keyed by ULN and standard reference. Each record is validated by "
            "the same rules as a single write and gets its own result, in order: `created`, "
            "`updated`, `unchanged` or `error` with its field errors; valid records are stored "
            "even when others fail. Send an `Idempotency-Key` to make retries safe. A provider's "
            "admins, staff and keys only (others: 403 `role_required`), for a provider they "
            "act for (else 400 `provider_not_yours`). Each record created or changed is "
            "recorded in its apprenticeship's history."),
        request=SyncRequestSerializer,
        responses={200: SyncResponseSerializer,
                    409: OpenApiResponse(ErrorResponse409Serializer,
                                         description="The same Idempotency-Key is in use."),
                    422: OpenApiResponse(ErrorResponse422Serializer,
                                         description="Idempotency-Key reused with another "
                                                     "body.")},
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
    )
    @action(detail=False, methods=["post"])
    @idempotent
    def sync(self, request):
        request_serializer = SyncEnvelopeSerializer(data=request.data)
        request_serializer.is_valid(raise_exception=True)
        raw_records = request_serializer.validated_data["records"]
        limit = settings.SYNC_MAX_RECORDS
        if len(raw_records) > limit:
            raise ValidationError({"records": [ErrorDetail(
                f"At most {limit} records per request; this one has {len(raw_records)}.",
                code="too_many_records")]})
        results: list[RecordResult | None] = [None] * len(raw_records)
        valid: list[tuple[int, dict]] = []
        # The batch is checked column by column with the serializer's rules (its errors for
        # a record that fails): see SyncRecordChecker.
        checked = SyncRecordChecker().check_batch(raw_records)
        for index, (raw, outcome) in enumerate(zip(raw_records, checked, strict=True)):
            if not isinstance(outcome, ValidationError):
                valid.append((index, outcome))
                continue
            fields = raw if isinstance(raw, dict) else {}
            results[index] = RecordResult(
                index=index, uln=str(fields.get("uln", ""))[:20],
                standard=str(fields.get("standard", ""))[:20], outcome=Outcome.ERROR,
                errors=[FieldError(e.attr, e.code, e.detail)
                        for e in flatten_errors(outcome.detail)])
        synced = apprenticeships_sync(
            actor=self.actor, provider_id=request_serializer.validated_data.get("provider"),
            records=[r for _, r in valid], withdraw=sync_withdraw)
        for (index, _), result in zip(valid, synced, strict=True):
            result.index = index
            results[index] = result
        summary = {outcome.value: 0 for outcome in Outcome}
        for result in results:
            summary[result.outcome] += 1
        # Plain data in the documented shape (SyncResponse), without a serializer pass.
        return Response({"summary": summary, "results": [r.as_dict() for r in results]})

    @extend_schema(
        summary="Feed of changed apprenticeships",
        description=(
            "Every apprenticeship the caller may see, in the order it last changed "
            "(`updated_at`, then id), a page at a time. Start without `cursor`, then pass each "
            "`next_cursor` back; keep the last one to poll for later changes. Rows appear once "
            "they are a few seconds old, so that a write committing late is never skipped. "
            "The list filters apply (e.g. `updated_since` to start from a time)."),
        responses=ApprenticeshipSerializer(many=True),
    )
    @action(detail=False, methods=["get"], pagination_class=ChangeFeedPagination)
    def changes(self, request):
        return self.list(request)

    def list(self, request, *args, **kwargs):
        """A page rendered from plain rows (three queries: the page, its achievements, the
        apprenticeships started from it)."""
        # The scoped queryset (tenancy in one place), its model-loading hints dropped.
        scoped = self.get_queryset().select_related(None).prefetch_related(None)
        rows = self.paginate_queryset(
            self.filter_queryset(scoped).values(*APPRENTICESHIP_VALUES))
        achievements = list(Achievement.objects.filter(
            apprenticeship_id__in=[r["id"] for r in rows]).order_by(
            "subject", "achieved_on", "id").values(*ACHIEVEMENT_VALUES)
        ) if rows else []
        progressions = list(Apprenticeship.objects.filter(
            progressed_from_id__in=[r["id"] for r in rows]).values("progressed_from_id", "id")
        ) if rows else []
        return self.get_paginated_response(
            apprenticeship_rows_data(rows, achievements, progressions))

    @extend_schema(
        summary="An apprenticeship's history",
        description=(
            "Every recorded change, oldest first: who (a user or an API key) and for which "
            "organisation, when, what (area, action, subject), the state before and after, and "
            "the reason given. The EPAO's admins and quality assurers read all of it; the "
            "provider and employer read the record's own changes, the gateway and released "
            "results, not the assessment in progress."),
        responses=HistorySerializer)
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def history(self, request, pk=None):
        apprenticeship = self.get_object()
        events = events_visible_to(self.actor, apprenticeship)
        return Response(HistorySerializer({
            "apprenticeship": apprenticeship.pk, "uln": apprenticeship.learner.uln,
            "events": events}).data)

    def scoped_queryset(self, actor):
        return (
            apprenticeships_visible_to(actor)
            .select_related("learner", "standard_version__standard", "standard")
            .prefetch_related("achievements", "progressed_to")
            .order_by(*self.cursor_ordering)
        )

    def perform_create(self, serializer):
        saved = apprenticeship_create(actor=self.actor, data=serializer.validated_data)
        serializer.instance = self.scoped_queryset(self.actor).get(pk=saved.pk)

    def perform_update(self, serializer):
        saved = apprenticeship_update(actor=self.actor, apprenticeship=serializer.instance,
                                      data=serializer.validated_data)
        serializer.instance = self.scoped_queryset(self.actor).get(pk=saved.pk)
