import json

from django.db import transaction
from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view
from rest_framework import mixins, permissions, viewsets

from epa.api.openapi import declare_rule_errors
from epa.api.permissions import IsOrganisationMember, request_actor
from epa.api.throttling import OrganisationRateThrottle
from epa.core.actor import Actor
from epa.core.codes import field_codes
from epa.plans.api.serializers import AssessmentPlanSerializer
from epa.plans.filters import AssessmentPlanFilter
from epa.plans.loaders import DATA_DIR
from epa.plans.models import AssessmentPlan
from epa.plans.selectors import plans_with_details
from epa.plans.services import (
    PLAN_ERRORS,
    plan_create,
    plan_update,
)


def _example_request() -> dict:
    """The shipped EXAMPLE plan as a request body: a real, valid one."""
    raw = json.loads((DATA_DIR / "ST0792-1.0-example-plan.json").read_text())
    body = {"standard_version": f"{raw.pop('standard')}/{raw.pop('standard_version')}"}
    for key in ("version", "is_example"):
        raw.pop(key)
    return {**body, **raw}


_EXAMPLE = _example_request()
_EXAMPLES = [
    OpenApiExample("ST0792 1.0 example plan", value=_EXAMPLE, request_only=True),
    OpenApiExample("ST0792 1.0 example plan", response_only=True, value={
        "id": 1, **_EXAMPLE, "owner": None, "version": 1, "is_example": True,
        "methods": [{**m, "option_title": None} for m in _EXAMPLE["methods"]],
        "created_at": "2025-01-06T09:00:00Z", "updated_at": "2025-01-06T09:00:00Z"}),
]
_WRITE_DESCRIPTION = (
    "The whole plan in one body: policy fields, methods with their criteria (citing KSB codes) "
    "and the grading matrix. It is validated as a whole, and every problem is a 400 naming the "
    "field by its path, e.g. `methods.1.criteria.0.ksbs` (`unknown_ksb`), `methods` "
    "(`ksb_not_assessed`: a KSB of an option no criterion of a method for that option "
    "assesses), `matrix` (`matrix_incomplete`), `matrix.3.method_grades` "
    "(`grade_not_in_scale`). Admins of an EPAO approved for the standard only "
    "(`epao_not_approved`); others get 403 `role_required`.")


# The plan services' codes, by field (epa.core.codes).
PLAN_ERROR_CODES = field_codes(PLAN_ERRORS)


@extend_schema_view(
    list=extend_schema(
        summary="List assessment plans",
        description="Assessment plans: how a standard version is assessed and graded, with "
        "methods, criteria, grading matrix and resit, retake and appeal policy. Public, like "
        "the catalogue. Includes EPAOs' own plans and shared plans (no owner), such as the "
        "shipped EXAMPLE plan for ST0792 1.0."),
    retrieve=extend_schema(
        summary="Get an assessment plan",
        description="One plan with its methods (each with its criteria and the KSB codes they "
        "assess), its grading matrix and its policy fields.",
        examples=_EXAMPLES[1:]),
    create=extend_schema(
        summary="Create an assessment plan",
        description=_WRITE_DESCRIPTION + " The plan is owned by the EPAO the caller acts for "
        "and gets the next version number for its standard version and owner: creating again "
        "is how a new version of a plan is published.",
        examples=_EXAMPLES),
    update=extend_schema(
        summary="Replace an assessment plan",
        description=_WRITE_DESCRIPTION + " Methods, criteria and matrix are replaced "
        "wholesale; the standard version and owner cannot change (`cannot_change`). A plan "
        "assessments were graded by only changes title and note (`plan_in_use`): publish a "
        "new version instead. Another EPAO's plan, or a shared one, is a 403 `role_required`.",
        examples=_EXAMPLES),
)
@extend_schema(tags=["assessment plans"])
@declare_rule_errors(
    {**PLAN_ERROR_CODES,
     # drf-standardized-errors does not collect the codes of nested serializer fields itself.
     "owner": [*PLAN_ERROR_CODES["owner"], "required", "does_not_exist", "incorrect_type"],
     "methods": [*PLAN_ERROR_CODES["methods"], "required", "null", "not_a_list", "empty",
                 "max_length"],
     "methods.INDEX": ["null", "invalid"],
     "methods.INDEX.criteria": [*PLAN_ERROR_CODES["methods.INDEX.criteria"], "required", "null",
                                "not_a_list", "max_length"],
     "methods.INDEX.criteria.INDEX": ["null", "invalid"],
     "methods.INDEX.criteria.INDEX.ksbs": [*PLAN_ERROR_CODES["methods.INDEX.criteria.INDEX.ksbs"],
                                          "required", "null", "not_a_list", "max_length"],
     "methods.INDEX.criteria.INDEX.ksbs.INDEX": ["null", "invalid", "blank", "max_length"],
     "matrix": [*PLAN_ERROR_CODES["matrix"], "required", "null", "not_a_list", "max_length"],
     "matrix.INDEX": ["null", "invalid"],
     "matrix.INDEX.method_grades": [*PLAN_ERROR_CODES["matrix.INDEX.method_grades"],
                                    "required", "null", "not_a_dict"]},
    actions=["create", "update"],
)
class AssessmentPlanViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin,
                            mixins.CreateModelMixin, mixins.UpdateModelMixin,
                            viewsets.GenericViewSet):
    serializer_class = AssessmentPlanSerializer
    filterset_class = AssessmentPlanFilter
    model = AssessmentPlan
    http_method_names = ["get", "post", "put", "head", "options"]
    THROTTLED_ACTIONS = {"create": "writes", "update": "writes"}

    @property
    def throttle_scope(self) -> str | None:
        return self.THROTTLED_ACTIONS.get(self.action)

    def get_throttles(self):
        return [OrganisationRateThrottle()] if self.throttle_scope else []

    def get_permissions(self):
        # Anyone reads plans, like the catalogue: they say how a standard is assessed. (AllowAny
        # itself, so that the schema marks reads as needing no credentials.)
        if self.request is None or self.request.method in permissions.SAFE_METHODS:
            return [permissions.AllowAny()]
        return [IsOrganisationMember()]

    @property
    def actor(self) -> Actor:
        return request_actor(self.request)

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return AssessmentPlan.objects.none()
        # Plans are public: every plan is visible, and the service decides who writes it.
        return plans_with_details().order_by("standard_version__standard__reference",
                                             "standard_version_id", "owner_id", "-version", "id")

    @transaction.atomic
    def perform_create(self, serializer) -> None:
        data = self._plan_data(serializer.validated_data)
        plan = plan_create(actor=self.actor, data=data)  # RuleViolation: 400 (epa.api.errors)
        serializer.instance = plans_with_details().get(pk=plan.pk)

    @transaction.atomic
    def perform_update(self, serializer) -> None:
        plan = serializer.instance
        data = self._plan_data(serializer.validated_data)
        data["owner"] = data.get("owner") or plan.owner
        plan = plan_update(actor=self.actor, plan=plan, data=data)
        serializer.instance = plans_with_details().get(pk=plan.pk)

    @staticmethod
    def _plan_data(validated: dict) -> dict:
        """The serializer's data in the shape the service takes (``matrix``, not the model's
        ``matrix_rows``)."""
        data = dict(validated)
        data["matrix"] = [dict(row) for row in data.pop("matrix_rows", [])]
        data["methods"] = [{**m, "criteria": [dict(c) for c in m.get("criteria", [])]}
                           for m in data.get("methods", [])]
        return data
