"""Serializers of the EPA itself: attempts, method bookings, judgements, results, appeals."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from epa.api.fields import (
    StrictBooleanField,
    StrictCharField,
    StrictChoiceField,
    StrictIntegerField,
    StrictRegexField,
)
from epa.assessments.models import (
    Appeal,
    Assessment,
    AssessmentKind,
    ConflictDeclaration,
    Judgement,
    MethodAssessment,
    Outcome,
)
from epa.assessments.services import JudgementRecorded
from epa.plans.models import DFE_CERTIFICATE_GRADE_CHOICES, Grade


class CodesField(serializers.ListField):
    """KSB codes in, KSB codes out (read from a prefetched relation)."""

    child = serializers.CharField(max_length=6)

    def to_representation(self, data):
        return [ksb.code for ksb in data.all()]


class JudgementSerializer(serializers.ModelSerializer):
    criterion = serializers.CharField(source="criterion.code",
                                      help_text="The grading criterion's code.")
    band = serializers.CharField(source="criterion.band",
                                 help_text="`pass` or `distinction`: the grade it is needed for.")
    ksbs_observed = CodesField(help_text="KSB codes the assessor observed.")

    class Meta:
        model = Judgement
        fields = ["criterion", "band", "met", "evidence_note", "ksbs_observed", "recorded_by",
                  "recorded_at", "version"]
        extra_kwargs = {"version": {"help_text": "Send it back as `If-Match` to change the "
                                                 "judgement."}}


class JudgementResultSerializer(JudgementSerializer):
    """A judgement as recorded, with where the grades stand now."""

    # Renders what ``services.judgement_record`` returns, a ``JudgementRecorded``.

    method_grade = serializers.CharField(
        source="method.grade", allow_blank=True,
        help_text="The method's computed grade; empty until every criterion is judged.")
    unmet_criteria = serializers.ListField(source="method.unmet", child=serializers.CharField(),
                                           help_text="The method's criteria not met.")
    pending_criteria = serializers.ListField(source="method.pending",
                                             child=serializers.CharField(),
                                             help_text="The method's criteria not judged yet.")
    overall_grade = serializers.CharField(
        allow_blank=True, help_text="The attempt's overall grade once every method has one.")

    GRADE_FIELDS = ("method_grade", "unmet_criteria", "pending_criteria", "overall_grade")

    class Meta(JudgementSerializer.Meta):
        fields = [*JudgementSerializer.Meta.fields, "method_grade", "unmet_criteria",
                  "pending_criteria", "overall_grade"]

    def to_representation(self, instance: JudgementRecorded) -> dict:
        """The judgement's own fields from ``instance.judgement``; the grades from
        ``instance``."""
        data = {}
        for field in self._readable_fields:
            source = instance if field.field_name in self.GRADE_FIELDS else instance.judgement
            value = field.get_attribute(source)
            data[field.field_name] = None if value is None else field.to_representation(value)
        return data


class JudgementInputSerializer(serializers.Serializer):
    met = StrictBooleanField(help_text="Whether the apprentice met the criterion.")
    evidence_note = StrictCharField(max_length=5000, required=False, allow_blank=True,
                                    default="", help_text="What the assessor saw.")
    ksbs_observed = serializers.ListField(
        child=StrictCharField(max_length=6), required=False, default=list, max_length=100,
        help_text="Codes of the KSBs observed: among those the criterion assesses.")


class MethodSummarySerializer(serializers.ModelSerializer):
    code = serializers.CharField(source="method.code", help_text="The method's code.")
    name = serializers.CharField(source="method.name")
    assessor = serializers.CharField(source="assessor.username", allow_null=True,
                                     default=None, help_text="The booked assessor.")
    final_grade = serializers.ChoiceField(
        choices=Grade.choices, allow_blank=True,
        help_text="The grade that counts: the quality assurer's, else the computed one.")

    class Meta:
        model = MethodAssessment
        fields = ["code", "name", "status", "scheduled_at", "location", "remote", "assessor",
                  "grade", "final_grade"]
        extra_kwargs = {
            "grade": {"help_text": "Computed from the judgements; empty until every criterion "
                                   "is judged."},
        }


class MethodDetailSerializer(MethodSummarySerializer):
    unmet_criteria = serializers.ListField(
        child=serializers.CharField(),
        help_text="How the grade was reached: the criteria not met (a pass criterion unmet "
                  "fails; a distinction criterion unmet keeps it at pass).")
    pending_criteria = serializers.SerializerMethodField(
        help_text="Criteria not judged yet.")
    carried_from_attempt = serializers.IntegerField(
        source="carried_from.assessment.number", allow_null=True, default=None,
        help_text="For a method passed in an earlier attempt: that attempt's number.")
    judgements = JudgementSerializer(many=True)

    class Meta(MethodSummarySerializer.Meta):
        fields = [*MethodSummarySerializer.Meta.fields, "unmet_criteria", "pending_criteria",
                  "qa_grade", "qa_reason", "carried_from_attempt", "judgements"]

    def get_pending_criteria(self, obj) -> list[str]:
        return self.context.get("pending", {}).get(obj.pk, [])


class AppealSerializer(serializers.ModelSerializer):
    method = serializers.CharField(source="method.code", help_text="The method appealed.")

    class Meta:
        model = Appeal
        fields = ["id", "method", "grounds", "lodged_by", "lodged_by_organisation", "lodged_at",
                  "status", "decided_by", "decided_at", "decision_reason"]


class AssessmentSerializer(serializers.ModelSerializer):
    uln = serializers.CharField(source="apprenticeship.learner.uln",
                                help_text="The apprentice's ULN.")
    plan_version = serializers.IntegerField(
        source="plan.version", allow_null=True, default=None,
        help_text="The version of the plan that grades it (null for an outcome recorded "
                  "directly without a plan).")
    methods = MethodSummarySerializer(many=True)

    class Meta:
        model = Assessment
        fields = ["id", "apprenticeship", "uln", "plan", "plan_version", "number", "kind",
                  "status", "window_starts", "window_ends", "grade_capped", "overall_grade",
                  "released_at", "outcome", "outcome_date", "dfe_grade", "recorded_directly",
                  "version", "methods"]
        extra_kwargs = {
            "overall_grade": {"help_text": "From the plan's grading matrix once every method "
                                           "has a grade (capped at pass for a capped resit)."},
            "version": {"help_text": "Bumped by every change; sent back as the `ETag`."},
        }


class GradingSerializer(serializers.Serializer):
    method_grades = serializers.DictField(
        child=serializers.CharField(), help_text="The grade that counts, per method code.")
    matrix_grade = serializers.CharField(
        allow_blank=True, help_text="The overall grade the matrix gives for those grades.")
    capped = serializers.BooleanField(help_text="Whether the resit cap lowered it to pass.")
    overall_grade = serializers.CharField(allow_blank=True)


class AssessmentDetailSerializer(AssessmentSerializer):
    methods = MethodDetailSerializer(many=True)
    grading = serializers.SerializerMethodField()
    appeals = AppealSerializer(many=True)

    class Meta(AssessmentSerializer.Meta):
        fields = [*AssessmentSerializer.Meta.fields, "exceptional_circumstances",
                  "exceptional_reason", "grading", "quality_assured_by", "quality_assured_at",
                  "quality_assurance_note", "appeals"]

    @extend_schema_field(GradingSerializer)
    def get_grading(self, obj) -> dict:
        """From the context: ``selectors.assessment_grading`` of the attempt."""
        return GradingSerializer(self.context["grading"]).data


class AssessmentStartSerializer(serializers.Serializer):
    apprenticeship = StrictIntegerField(
        min_value=1, max_value=2**63 - 1,
        help_text="An apprenticeship whose gateway has passed, naming the caller's EPAO.")


class OutcomeRecordSerializer(serializers.Serializer):
    apprenticeship = StrictIntegerField(
        min_value=1, max_value=2**63 - 1,
        help_text="An apprenticeship naming the caller's EPAO, past its gateway (or after a "
                  "fail with an attempt left).")
    outcome = StrictChoiceField(choices=Outcome.choices, help_text="`pass`, `fail` or "
                                                                   "`withdrawn`.")
    outcome_date = serializers.DateField(help_text="The EPA date: from 2017-01-01, not in the "
                                                   "future.")
    kind = StrictChoiceField(
        choices=AssessmentKind.choices, required=False,
        help_text="For a later attempt: `resit` (the default) or `retake`. A first attempt is "
                  "`first` whatever is sent.")
    grade = StrictChoiceField(
        choices=DFE_CERTIFICATE_GRADE_CHOICES, required=False, allow_blank=True,
        default="", help_text="For a pass, its grade by DfE name, if known (the certificate "
                              "names it otherwise).")
    version = StrictCharField(
        max_length=10, required=False, allow_blank=True, default="",
        help_text="The standard version assessed; the apprenticeship's when empty. The EPAO "
                  "must be approved for it.")
    option = StrictCharField(
        max_length=200, required=False, allow_blank=True, default="",
        help_text="The option assessed (part of an option's title), when the version has "
                  "options.")


class BookingSerializer(serializers.Serializer):
    scheduled_at = serializers.DateTimeField(help_text="When, within the EPA period.")
    location = StrictCharField(max_length=300, required=False, allow_blank=True,
                               default="", help_text="Where, unless remote.")
    remote = StrictBooleanField(required=False, default=False)
    assessor = StrictCharField(
        max_length=150, help_text="The assessor's user name: an assessor of the EPAO with no "
                                  "conflict of interest.")


class QualityChangeSerializer(serializers.Serializer):
    method = StrictCharField(max_length=10, help_text="The method's code.")
    grade = StrictChoiceField(choices=Grade.choices)
    reason = StrictCharField(max_length=2000, help_text="Why the grade changes.")


class QualityAssuranceSerializer(serializers.Serializer):
    changes = QualityChangeSerializer(many=True, required=False, default=list,
                                      help_text="Method grades changed; empty to uphold.")
    note = StrictCharField(max_length=2000, required=False, allow_blank=True, default="")


class ResitSerializer(serializers.Serializer):
    kind = StrictChoiceField(choices=[AssessmentKind.RESIT, AssessmentKind.RETAKE],
                             help_text="`resit` (no further learning) or `retake`.")
    exceptional_circumstances = StrictBooleanField(
        required=False, default=False,
        help_text="Recorded exceptional circumstances lift the cap at pass.")
    exceptional_reason = StrictCharField(max_length=2000, required=False,
                                         allow_blank=True, default="")


class AppealInputSerializer(serializers.Serializer):
    method = StrictCharField(max_length=10, help_text="The method whose grade is appealed.")
    grounds = StrictCharField(max_length=5000)


class AppealDecisionSerializer(serializers.Serializer):
    decision = StrictChoiceField(choices=[("uphold", "Uphold"), ("dismiss", "Dismiss")])
    reason = StrictCharField(max_length=5000)


class CoverageEntrySerializer(serializers.Serializer):
    attempt = serializers.IntegerField(help_text="The attempt the judgement belongs to.")
    method = serializers.CharField()
    criterion = serializers.CharField()
    band = serializers.CharField()
    met = serializers.BooleanField(allow_null=True, help_text="Null until judged.")
    observed = serializers.BooleanField(help_text="The assessor recorded observing the KSB.")


class CoverageKSBSerializer(serializers.Serializer):
    code = serializers.CharField()
    kind = serializers.CharField()
    assessed = serializers.BooleanField(help_text="Judged under at least one criterion.")
    entries = CoverageEntrySerializer(many=True)


class CoverageSerializer(serializers.Serializer):
    assessment = serializers.IntegerField()
    uln = serializers.CharField(help_text="The apprentice's ULN.")
    option = serializers.CharField(allow_null=True)
    ksbs = CoverageKSBSerializer(many=True, help_text="Every KSB of the apprentice's option.")
    unassessed = serializers.ListField(child=serializers.CharField(),
                                       help_text="KSBs no judgement covers yet.")


class ConflictDeclarationSerializer(serializers.ModelSerializer):
    assessor = serializers.SlugRelatedField(
        slug_field="username", read_only=True, help_text="The assessor's user name.")
    epao = serializers.PrimaryKeyRelatedField(read_only=True)
    organisation = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True, help_text="The provider or employer; null for an "
                                                   "apprentice.")

    class Meta:
        model = ConflictDeclaration
        fields = ["id", "assessor", "epao", "uln", "organisation", "reason", "declared_by",
                  "declared_at"]
        read_only_fields = ["id", "declared_by", "declared_at"]


class ConflictDeclarationInputSerializer(serializers.Serializer):
    assessor = StrictCharField(max_length=150, help_text="The assessor's user name.")
    epao = StrictIntegerField(min_value=1, max_value=2**63 - 1,
                              help_text="The EPAO the assessor works for.")
    uln = StrictRegexField(r"^[0-9]{10}$", required=False, allow_blank=True, default="",
                           help_text="The apprentice, by ULN; or name an organisation.")
    organisation = StrictIntegerField(
        min_value=1, max_value=2**63 - 1, required=False, allow_null=True, default=None,
        help_text="A provider or employer id; or name an apprentice.")
    reason = StrictCharField(max_length=2000)
