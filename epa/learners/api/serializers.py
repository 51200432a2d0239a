from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from epa.learners.models import Achievement, Apprenticeship, Learner
from epa.organisations.models import Organisation, OrganisationKind
from epa.standards.models import Option, StandardVersion


class LearnerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Learner
        fields = ["id", "uln", "given_names", "family_name", "date_of_birth", "email",
                  "updated_at"]
        read_only_fields = ["id", "updated_at"]
        # identity is settled by the service and the database, not by a per-row query here
        validators: list = []
        extra_kwargs = {"uln": {"validators": []}}


class AchievementSerializer(serializers.ModelSerializer):
    class Meta:
        model = Achievement
        fields = ["subject", "level", "qualification_type", "achieved_on", "evidence_reference"]


@extend_schema_field({"type": "string", "pattern": r"^ST\d{4}/\d+\.\d+$",
                      "example": "ST0792/1.0"})
class VersionField(serializers.Field):
    """A standard version as ``ST0792/1.0``."""

    default_error_messages = {
        "invalid": "Give the standard and version as ST0792/1.0.",
        "does_not_exist": "There is no standard version {value}.",
    }

    def to_internal_value(self, data):
        reference, _, number = str(data).partition("/")
        major, _, minor = number.partition(".")
        if not (major.isdigit() and minor.isdigit()):
            self.fail("invalid")
        version = StandardVersion.objects.select_related("standard").filter(
            standard__reference=reference, major=int(major), minor=int(minor)).first()
        if version is None:
            self.fail("does_not_exist", value=data)
        return version

    def to_representation(self, obj):
        return f"{obj.standard.reference}/{obj.version}"


class ApprenticeshipSerializer(serializers.ModelSerializer):
    learner = LearnerSerializer(help_text="The learner, matched by ULN (created if new).")
    standard_version = VersionField(
        help_text="Standard and version, e.g. `ST0792/1.0`.")
    option = serializers.PrimaryKeyRelatedField(
        queryset=Option.objects.all(), allow_null=True, required=False,
        help_text="Option id (see the standard's options); null until chosen.")
    provider = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.filter(kind=OrganisationKind.PROVIDER),
        help_text="Training provider id: one the caller acts for.")
    employer = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.filter(kind=OrganisationKind.EMPLOYER),
        help_text="Employer id.")
    epao = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.filter(kind=OrganisationKind.EPAO), allow_null=True,
        required=False, help_text="EPAO id: approved for the standard.")
    achievements = AchievementSerializer(many=True, required=False,
                                         help_text="English and maths achievements.")

    class Meta:
        model = Apprenticeship
        fields = ["id", "learner", "standard_version", "option", "provider", "employer", "epao",
                  "start_date", "planned_end_date", "planned_otj_hours", "has_ehc_plan",
                  "achievements", "status", "created_at", "updated_at"]
        read_only_fields = ["id", "status", "created_at", "updated_at"]
        validators: list = []
