import re

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import ErrorDetail

from epa.api.fields import (
    StrictBooleanField,
    StrictCharField,
    StrictChoiceField,
    StrictEmailField,
    StrictIntegerField,
    StrictModelSerializer,
    StrictPrimaryKeyRelatedField,
    StrictRegexField,
)
from epa.core.models import AuditEvent
from epa.learners.models import Achievement, Apprenticeship, Learner
from epa.organisations.models import Organisation, OrganisationKind
from epa.pathways.models import WithdrawalReason
from epa.standards.models import REFERENCE_RE, Option, StandardVersion, parse_version


class LearnerSerializer(StrictModelSerializer):
    class Meta:
        model = Learner
        fields = ["id", "uln", "given_names", "family_name", "date_of_birth", "email",
                  "updated_at"]
        read_only_fields = ["id", "updated_at"]
        # identity is settled by the service and the database, not by a per-row query here
        validators: list = []
        extra_kwargs = {"uln": {"validators": []}}


class AchievementSerializer(StrictModelSerializer):
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
        if not isinstance(data, str):
            self.fail("invalid")
        reference, _, number = data.partition("/")
        try:
            major, minor = parse_version(number)
        except ValueError:
            self.fail("invalid")
        version = None
        if re.fullmatch(REFERENCE_RE, reference):  # nothing else exists, nor reaches the database
            version = StandardVersion.objects.select_related("standard").filter(
                standard__reference=reference, major=major, minor=minor).first()
        if version is None:
            self.fail("does_not_exist", value=data)
        return version

    def to_representation(self, obj):
        return f"{obj.standard.reference}/{obj.version}"


class ApprenticeshipSerializer(StrictModelSerializer):
    learner = LearnerSerializer(help_text="The learner, matched by ULN (created if new).")
    standard_version = VersionField(
        help_text="Standard and version, e.g. `ST0792/1.0`.")
    option = StrictPrimaryKeyRelatedField(
        queryset=Option.objects.all(), allow_null=True, required=False,
        help_text="Option id (see the standard's options); null until chosen.")
    provider = StrictPrimaryKeyRelatedField(
        queryset=Organisation.objects.filter(kind=OrganisationKind.PROVIDER),
        help_text="Training provider id: one the caller acts for.")
    employer = StrictPrimaryKeyRelatedField(
        queryset=Organisation.objects.filter(kind=OrganisationKind.EMPLOYER),
        help_text="Employer id.")
    epao = StrictPrimaryKeyRelatedField(
        queryset=Organisation.objects.filter(kind=OrganisationKind.EPAO), allow_null=True,
        required=False, help_text="EPAO id: approved for the standard.")
    achievements = AchievementSerializer(many=True, required=False,
                                         help_text="English and maths achievements.")

    class Meta:
        model = Apprenticeship
        fields = ["id", "learner", "standard_version", "option", "provider", "employer", "epao",
                  "start_date", "planned_end_date", "planned_otj_hours", "has_ehc_plan",
                  "achievements", "status", "progressed_from", "progressed_to",
                  "prior_learning_hours", "prior_learning_note", "created_at", "updated_at"]
        read_only_fields = ["id", "status", "progressed_from", "progressed_to",
                            "prior_learning_hours", "prior_learning_note", "created_at",
                            "updated_at"]
        extra_kwargs = {"progressed_to": {"help_text": "The apprenticeships started from this "
                                                       "one on progression."}}
        validators: list = []


class SyncRecordSerializer(serializers.Serializer):
    """One apprenticeship in a sync batch, keyed by ULN and standard reference.

    Only shapes are checked here (no database): the rules run in ``learners.sync``.
    """

    uln = StrictRegexField(r"^[0-9]{10}$", help_text="The learner's ULN (10 digits).")
    given_names = StrictCharField(max_length=200)
    family_name = StrictCharField(max_length=200)
    date_of_birth = serializers.DateField()
    email = StrictEmailField(required=False, allow_blank=True)
    standard = StrictRegexField(r"^ST[0-9]{4}$", help_text="Standard reference.")
    version = StrictRegexField(r"^[0-9]{1,4}\.[0-9]{1,4}$",
                               help_text="Standard version, e.g. 1.0.")
    option = StrictCharField(required=False, allow_null=True, allow_blank=True,
                             max_length=255, help_text="Option title; empty until chosen.")
    employer = StrictIntegerField(min_value=1, max_value=2**63 - 1,
                                  help_text="Employer id.")
    epao = StrictIntegerField(min_value=1, max_value=2**63 - 1, required=False,
                              allow_null=True, help_text="EPAO id.")
    start_date = serializers.DateField()
    planned_end_date = serializers.DateField()
    planned_otj_hours = StrictIntegerField(min_value=0, max_value=10000, required=False,
                                           allow_null=True)
    has_ehc_plan = StrictBooleanField(required=False, default=False)
    achievements = AchievementSerializer(many=True, required=False,
                                         help_text="Replaces the recorded achievements when "
                                                   "given.")
    status = StrictChoiceField(
        choices=[("withdrawn", "Withdrawn")], required=False,
        help_text="`withdrawn` withdraws the apprentice (after the record is stored), by the "
                  "same rules as `POST /apprenticeships/{id}/withdraw/`; give "
                  "`withdrawn_on` and `withdrawal_reason`.")
    withdrawn_on = serializers.DateField(required=False)
    withdrawal_reason = StrictChoiceField(choices=WithdrawalReason.choices, required=False)

    def validate(self, attrs):
        if attrs.get("status") == "withdrawn":
            missing = {f: [ErrorDetail("Required to withdraw.", code="required")]
                       for f in ("withdrawn_on", "withdrawal_reason") if f not in attrs}
            if missing:
                raise serializers.ValidationError(missing)
        return attrs


class SyncEnvelopeSerializer(serializers.Serializer):
    """What the view parses first: the records stay raw, each checked on its own after."""

    provider = StrictIntegerField(
        min_value=1, max_value=2**63 - 1, required=False,
        help_text="The provider the records are for; needed only when the caller acts for "
                  "more than one provider.")
    records = serializers.ListField(
        child=serializers.JSONField(allow_null=True), allow_empty=False,
        help_text="Up to SYNC_MAX_RECORDS (1,000) records; see SyncRecord.")


class SyncErrorSerializer(serializers.Serializer):
    attr = serializers.CharField(allow_null=True, help_text="The field of the record; null for "
                                                            "the record as a whole (not an "
                                                            "object, say).")
    code = serializers.CharField(help_text="Stable machine-readable code.")
    detail = serializers.CharField(help_text="Message for people.")


class SyncResultSerializer(serializers.Serializer):
    index = serializers.IntegerField(help_text="Position of the record in the request.")
    uln = serializers.CharField(allow_blank=True)
    standard = serializers.CharField(allow_blank=True)
    outcome = serializers.ChoiceField(choices=["created", "updated", "unchanged", "error"])
    apprenticeship_id = serializers.IntegerField(allow_null=True)
    errors = SyncErrorSerializer(many=True)


class SyncResponseSerializer(serializers.Serializer):
    summary = serializers.DictField(child=serializers.IntegerField(),
                                    help_text="Records per outcome.")
    results = SyncResultSerializer(many=True, help_text="One per record, in order.")


class SyncRequestSerializer(SyncEnvelopeSerializer):
    """The documented request: each record as ``SyncRecord``. (The view parses records one by
    one, so that a bad record is reported in its result instead of failing the batch.)"""

    records = serializers.ListField(child=SyncRecordSerializer(), min_length=1,
                                    max_length=1000, help_text="1 to 1,000 records.")


class EventSerializer(serializers.ModelSerializer):
    at = serializers.DateTimeField(read_only=True, help_text="When it happened.")
    actor = serializers.CharField(source="actor_label", read_only=True,
                                  help_text="Who: a user name or an API key.")
    organisation = serializers.IntegerField(source="actor_organisation_id", allow_null=True,
                                            help_text="The organisation they acted for.")
    before = serializers.JSONField(allow_null=True, help_text="The state before, if any.")
    after = serializers.JSONField(allow_null=True, help_text="The state after, if any.")

    class Meta:
        model = AuditEvent
        fields = ["id", "at", "area", "action", "subject", "actor", "organisation", "before",
                  "after", "reason"]


class HistorySerializer(serializers.Serializer):
    apprenticeship = serializers.IntegerField(help_text="The apprenticeship's id.")
    uln = serializers.CharField(help_text="The apprentice's ULN.")
    events = EventSerializer(many=True, help_text="Oldest first.")
