"""Assessment plans in the API: one body with the plan's methods, criteria and matrix.

These serializers check shapes only; the plan's rules (coverage of KSBs, a complete matrix...)
are ``services.plan_errors``, applied by the view through ``plan_create`` / ``plan_update``.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from epa.api.fields import (
    StrictModelSerializer,
    StrictPrimaryKeyRelatedField,
    StrictRegexField,
)
from epa.learners.api.serializers import VersionField
from epa.organisations.models import Organisation, OrganisationKind
from epa.plans.models import (
    AssessmentMethod,
    AssessmentPlan,
    DfeGrade,
    Grade,
    GradingCriterion,
    GradingMatrixRow,
)
from epa.standards.models import Option


@extend_schema_field({"type": "array", "items": {"type": "string", "pattern": r"^[KSB][0-9]{1,3}$"},
                      "example": ["K1", "S3", "B2"]})
class KSBCodesField(serializers.ListField):
    """KSB codes: written as a list of codes, read from the criterion's (prefetched) KSBs."""

    child = StrictRegexField(r"^[KSB][0-9]{1,3}$", max_length=4)

    def to_representation(self, data) -> list[str]:
        return [ksb.code for ksb in data.all()]


class GradingCriterionSerializer(StrictModelSerializer):
    ksbs = KSBCodesField(
        max_length=200,
        help_text="Codes of the KSBs the criterion assesses; each a KSB of the standard version.")

    class Meta:
        model = GradingCriterion
        fields = ["code", "band", "descriptor", "ksbs"]
        extra_kwargs = {
            "code": {"help_text": "Code, unique within the method, e.g. PR1."},
            "band": {"help_text": "The grade the criterion is needed for: `pass` (every pass "
                                  "criterion met gives pass) or `distinction` (all pass and "
                                  "distinction criteria met give distinction)."},
            "descriptor": {"help_text": "What the apprentice shows to meet it."},
        }
        validators: list = []


class AssessmentMethodSerializer(StrictModelSerializer):
    option = StrictPrimaryKeyRelatedField(
        queryset=Option.objects.all(), allow_null=True, required=False, default=None,
        help_text="Id of the option the method is for (an option of the plan's standard "
                  "version); null when it applies to every option.")
    option_title = serializers.CharField(source="option.title", read_only=True, allow_null=True,
                                         default=None, help_text="Title of that option.")
    criteria = GradingCriterionSerializer(
        many=True, max_length=200,
        help_text="Grading criteria: at least one pass criterion, and one distinction criterion "
                  "on a fail/pass/distinction scale.")

    class Meta:
        model = AssessmentMethod
        fields = ["code", "name", "order", "typical_duration_minutes", "grade_scale", "option",
                  "option_title", "underpinned_by_portfolio", "criteria"]
        extra_kwargs = {
            "code": {"help_text": "Code, unique within the plan, e.g. M1; the matrix names "
                                  "methods by it."},
            "name": {"help_text": "Name, e.g. Professional discussion underpinned by a "
                                  "portfolio of evidence."},
            "order": {"required": False,
                      "help_text": "Position in the plan; defaults to the position in the list."},
            "typical_duration_minutes": {"help_text": "Typical duration, in minutes."},
            "grade_scale": {"help_text": "Grades the method can give: `fail_pass_distinction` "
                                         "or `fail_pass`."},
            "underpinned_by_portfolio": {
                "help_text": "The method draws on the portfolio of evidence: gateway checks the "
                             "portfolio evidences the KSBs its criteria assess."},
        }
        validators: list = []


@extend_schema_field({"type": "object", "minProperties": 1,
                      "additionalProperties": {"type": "string", "enum": Grade.values},
                      "example": {"M1": "pass", "M2": "distinction"}})
class MethodGradesField(serializers.Field):
    """Grades by method code. Only the shape is checked here: which methods and grades a row
    may name is the plan's rule (``services.plan_errors``), reported at the row's
    ``method_grades`` as every other matrix error is (a DictField would report a bad grade at
    ``method_grades.<code>``)."""

    default_error_messages = {
        "not_a_dict": 'Expected an object of grades by method code, e.g. {{"M1": "pass"}}.',
    }

    def to_internal_value(self, data) -> dict:
        if not isinstance(data, dict):
            self.fail("not_a_dict")
        return dict(data)

    def to_representation(self, value) -> dict:
        return dict(value)


class GradingMatrixRowSerializer(StrictModelSerializer):
    method_grades = MethodGradesField(
        help_text="A grade for each method an apprentice on some option takes, by method code, "
                  'e.g. {"M1": "pass", "M2": "distinction"}.')

    class Meta:
        model = GradingMatrixRow
        fields = ["method_grades", "overall_grade"]
        extra_kwargs = {"overall_grade": {"help_text": "The EPA grade for that combination."}}


@extend_schema_field({"type": "object",
                      "additionalProperties": {"type": "string", "enum": DfeGrade.values}})
class DfeGradesField(serializers.JSONField):
    """Grade -> DfE name; judged as a whole by the plan's rules (``dfe_grades``)."""


class AssessmentPlanSerializer(StrictModelSerializer):
    standard_version = VersionField(help_text="Standard and version, e.g. `ST0792/1.0`.")
    owner = StrictPrimaryKeyRelatedField(
        queryset=Organisation.objects.filter(kind=OrganisationKind.EPAO), allow_null=True,
        required=False,
        help_text="The EPAO whose plan it is; null for a shared plan. On create, an EPAO the "
                  "caller is an admin of (needed only when that is more than one); it cannot "
                  "change.")
    methods = AssessmentMethodSerializer(
        many=True, max_length=50,
        help_text="The assessment methods. Between them, the criteria of the methods for each "
                  "option assess every KSB of that option.")
    dfe_grades = DfeGradesField(
        required=False,
        help_text="How the plan's overall grades are named on a DfE certificate where they "
                  "differ from the default (pass: Pass, credit: Credit, merit: Merit, "
                  "distinction: Distinction, excellence: Pass with excellence, outstanding: "
                  "Outstanding; fail: Fail), e.g. `{\"pass\": \"No grade awarded\"}`.")
    matrix = GradingMatrixRowSerializer(
        source="matrix_rows", many=True, max_length=1000,
        help_text="The grading matrix: for each option, one row per combination of the grades "
                  "of the methods it takes.")

    class Meta:
        model = AssessmentPlan
        fields = ["id", "standard_version", "owner", "version", "title", "note", "is_example",
                  "epa_period_days", "resit_window_days", "retake_window_days",
                  "cap_resit_grade_at_pass", "max_attempts", "appeal_window_days", "dfe_grades",
                  "methods",
                  "matrix", "created_at", "updated_at"]
        read_only_fields = ["id", "version", "is_example", "created_at", "updated_at"]
        extra_kwargs = {
            "version": {"help_text": "Version of the plan: 1 for the first, then the next on "
                                     "each create for the same standard version and owner."},
            "title": {"help_text": "Title of the plan."},
            "note": {"help_text": "Notes, e.g. the source of the plan."},
            "is_example": {"help_text": "An example configuration, not an official plan."},
            "epa_period_days": {"help_text": "Days from passing gateway to complete the EPA."},
            "resit_window_days": {"help_text": "Days from a fail within which a resit is "
                                               "taken."},
            "retake_window_days": {"help_text": "Days from a fail within which a retake "
                                                "(after further learning) is taken."},
            "cap_resit_grade_at_pass": {"help_text": "A resit or retake is graded at most "
                                                     "pass, unless exceptional circumstances "
                                                     "are recorded."},
            "max_attempts": {"help_text": "Attempts allowed in total, the first included; null "
                                          "for no limit."},
            "appeal_window_days": {"help_text": "Days from the result to lodge an appeal."},
        }
        validators: list = []

    # Writes go through the service (see the view): this serializer only parses.
    def create(self, validated_data):  # pragma: no cover - never called
        raise NotImplementedError

    def update(self, instance, validated_data):  # pragma: no cover - never called
        raise NotImplementedError
