from django.db import transaction
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.exceptions import ErrorDetail, ValidationError

from epa.api.openapi import declare_rule_errors
from epa.api.permissions import RoleRequired
from epa.api.viewsets import TenantViewSetMixin
from epa.learners.api.serializers import ApprenticeshipSerializer, LearnerSerializer
from epa.learners.filters import ApprenticeshipFilter, LearnerFilter
from epa.learners.models import Achievement, Apprenticeship, Learner
from epa.learners.selectors import apprenticeships_visible_to, learners_visible_to
from epa.learners.services import (
    APPRENTICESHIP_ERROR_CODES,
    LEARNER_ERROR_CODES,
    RuleViolation,
    apprenticeship_save,
    learner_save,
)
from epa.organisations.models import OrganisationKind, Role


def _as_validation_error(exc: RuleViolation, prefix: str = "") -> ValidationError:
    detail: dict[str, list] = {}
    for error in exc.errors:
        detail.setdefault(f"{prefix}{error.field}", []).append(
            ErrorDetail(error.message, code=error.code)
        )
    return ValidationError(detail)


@extend_schema_view(
    list=extend_schema(summary="List learners", description="Learners with an apprenticeship "
                       "the caller may see."),
    retrieve=extend_schema(summary="Get a learner", description="One learner."),
)
@extend_schema(tags=["learners"])
class LearnerViewSet(TenantViewSetMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = LearnerSerializer
    filterset_class = LearnerFilter
    model = Learner

    def scoped_queryset(self, actor):
        return learners_visible_to(actor).order_by("family_name", "given_names", "id")


@extend_schema_view(
    list=extend_schema(summary="List apprenticeships", description=(
        "Apprenticeships the caller may see: a provider those it delivers, an employer those "
        "it employs, an EPAO (admins, quality assurers) those naming it.")),
    retrieve=extend_schema(summary="Get an apprenticeship", description="One apprenticeship."),
    create=extend_schema(summary="Create an apprenticeship", description=(
        "Providers only, for a provider they act for. The learner is matched by ULN.")),
    partial_update=extend_schema(summary="Change an apprenticeship",
                                 description="The delivering provider only."),
)
@extend_schema(tags=["apprenticeships"])
@declare_rule_errors(
    {**APPRENTICESHIP_ERROR_CODES,
     **{f"learner.{name}": codes for name, codes in LEARNER_ERROR_CODES.items()}},
    actions=["create", "partial_update"],
)
# drf-standardized-errors does not collect the codes of a nested serializer field itself.
@declare_rule_errors({"learner": ["required", "null", "invalid"]},
                     actions=["create", "partial_update"])
class ApprenticeshipViewSet(TenantViewSetMixin, mixins.ListModelMixin,
                            mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                            mixins.UpdateModelMixin, viewsets.GenericViewSet):
    serializer_class = ApprenticeshipSerializer
    filterset_class = ApprenticeshipFilter
    model = Apprenticeship
    http_method_names = ["get", "post", "patch", "head", "options"]

    def scoped_queryset(self, actor):
        return (
            apprenticeships_visible_to(actor)
            .select_related("learner", "standard_version__standard", "standard")
            .prefetch_related("achievements")
            .order_by("-start_date", "id")
        )

    def _check_provider(self, provider) -> None:
        writable = self.actor.organisation_ids(OrganisationKind.PROVIDER,
                                               {Role.ADMIN, Role.STAFF})
        if provider.pk not in writable:
            raise ValidationError({"provider": [
                "You can only write apprenticeships for a provider you act for."]},
                code="provider_not_yours")

    @transaction.atomic
    def perform_create(self, serializer):
        data = serializer.validated_data
        self._check_provider(data["provider"])
        saved = self._save(Apprenticeship(), data)
        serializer.instance = self.scoped_queryset(self.actor).get(pk=saved.pk)

    @transaction.atomic
    def perform_update(self, serializer):
        instance = serializer.instance
        if instance.provider_id not in self.actor.organisation_ids(OrganisationKind.PROVIDER):
            raise RoleRequired("Only the delivering provider changes an apprenticeship.")
        data = serializer.validated_data
        if "provider" in data:
            self._check_provider(data["provider"])
        saved = self._save(instance, data)
        serializer.instance = self.scoped_queryset(self.actor).get(pk=saved.pk)

    def _save(self, apprenticeship: Apprenticeship, data: dict) -> Apprenticeship:
        learner_data = data.pop("learner", None)
        achievements = data.pop("achievements", None)
        try:
            if learner_data is not None:
                learner = Learner.objects.filter(uln=learner_data["uln"]).first() or Learner()
                for key, value in learner_data.items():
                    setattr(learner, key, value)
                try:
                    apprenticeship.learner = learner_save(learner=learner)
                except RuleViolation as exc:
                    raise _as_validation_error(exc, prefix="learner.") from exc
            for key, value in data.items():
                setattr(apprenticeship, key, value)
            apprenticeship_save(apprenticeship=apprenticeship)
        except RuleViolation as exc:
            raise _as_validation_error(exc) from exc
        if achievements is not None:
            apprenticeship.achievements.all().delete()
            Achievement.objects.bulk_create(
                Achievement(apprenticeship=apprenticeship, **a) for a in achievements)
        return apprenticeship
