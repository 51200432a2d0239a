from rest_framework import serializers

from epa.api.fields import StrictCharField, StrictChoiceField, StrictModelSerializer
from epa.gateway import rules
from epa.gateway.models import (
    ComponentKind,
    ComponentStatus,
    EvidenceItem,
    GatewayAttempt,
    GatewaySubmission,
    SubmissionStatus,
)


class RuleSerializer(serializers.Serializer):
    code = serializers.ChoiceField(choices=rules.RULE_CODES,
                                   help_text="The rule applied, stable.")
    description = serializers.CharField(help_text="What the rule requires.")
    effective_from = serializers.DateField(allow_null=True,
                                           help_text="First day the rule applies to, if any.")
    effective_to = serializers.DateField(allow_null=True,
                                         help_text="Last day the rule applies to, if any.")


class CheckSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=rules.STATUS_CHOICES,
                                     help_text="`met`, `not_met` or `not_required`.")
    reason = serializers.ChoiceField(choices=rules.REASON_CODES,
                                     help_text="Why: a stable reason code.")
    message = serializers.CharField(help_text="The reason for people.")
    rule = RuleSerializer(help_text="The rule that applied, with its effective dates.")
    details = serializers.DictField(
        allow_null=True, help_text="Figures behind the result, e.g. the KSBs missing from the "
                                   "portfolio or the hours required.")


class ComponentSerializer(serializers.Serializer):
    component = serializers.ChoiceField(choices=ComponentKind.choices)
    required = serializers.BooleanField(
        help_text="Whether the gateway needs this component (false when its check is "
                  "`not_required`).")
    evidence_provided = serializers.BooleanField(
        help_text="Whether the evidence the component needs is recorded.")
    status = serializers.ChoiceField(
        choices=ComponentStatus.choices,
        help_text="`missing` until submitted with evidence; then `submitted`, and `accepted` "
                  "or `rejected` by the EPAO.")
    rejection_reason = serializers.CharField(allow_blank=True,
                                             help_text="The EPAO's reason for a rejection.")
    reviewed_by = serializers.CharField(allow_blank=True, help_text="Who reviewed it.")
    reviewed_at = serializers.DateTimeField(allow_null=True, help_text="When it was reviewed.")
    check = CheckSerializer(help_text="The computed check at the gateway date.")


class EvaluationSerializer(serializers.Serializer):
    apprenticeship = serializers.IntegerField(help_text="The apprenticeship's id.")
    uln = serializers.CharField(help_text="The apprentice's ULN.")
    gateway_date = serializers.DateField(help_text="The date the rules were applied at.")
    ready = serializers.BooleanField(
        help_text="Every required component's check is met (reviews aside).")
    components = ComponentSerializer(many=True)


class KSBCodesField(serializers.ListField):
    """KSB codes in, KSB codes out (the item's KSBs, read from the prefetched relation)."""

    def to_representation(self, data):
        return [ksb.code for ksb in data.all()]


class EvidenceItemSerializer(StrictModelSerializer):
    ksbs = KSBCodesField(
        child=StrictCharField(max_length=6), allow_empty=False, max_length=200,
        help_text="Codes of the KSBs the item evidences, e.g. `K1`, `S4`, `B2`.")

    class Meta:
        model = EvidenceItem
        fields = ["id", "title", "description", "reference", "evidence_date", "ksbs"]
        read_only_fields = ["id"]


class AttemptSerializer(serializers.ModelSerializer):
    outcome = serializers.ChoiceField(
        choices=SubmissionStatus.choices, allow_null=True, source="outcome_or_none",
        help_text="`passed` or `failed`; null until decided.")

    class Meta:
        model = GatewayAttempt
        fields = ["number", "submitted_at", "outcome", "decided_at"]


class DeclarationStateSerializer(serializers.Serializer):
    by = serializers.CharField(allow_blank=True, help_text="Who made it.")
    at = serializers.DateTimeField(allow_null=True, help_text="When.")
    declaration = serializers.CharField(allow_blank=True, help_text="What was declared.")


class GatewayInputSerializer(StrictModelSerializer):
    """What the provider and employer record: the rest comes from the apprenticeship."""

    class Meta:
        model = GatewaySubmission
        fields = ["gateway_date", "contracted_hours_per_week", "off_the_job_hours",
                  "prior_learning_reduction_hours", "english_maths_exemption_evidence"]
        extra_kwargs = {
            "contracted_hours_per_week": {"help_text": "Contracted hours a week (30 or more "
                                                       "is full time)."},
            "prior_learning_reduction_hours": {"help_text": "Off-the-job hours taken off "
                                                            "for recognised prior learning."},
        }


class GatewaySerializer(GatewayInputSerializer):
    apprenticeship = serializers.IntegerField(source="apprenticeship_id",
                                              help_text="The apprenticeship's id.")
    uln = serializers.CharField(source="apprenticeship.learner.uln",
                                help_text="The apprentice's ULN.")
    status = serializers.ChoiceField(choices=SubmissionStatus.choices)
    ready = serializers.BooleanField(source="evaluation.ready",
                                     help_text="Every required component's check is met.")
    evaluated_at = serializers.DateField(source="evaluation.gateway_date",
                                         help_text="The date the checks were evaluated at.")
    employer_sign_off = serializers.SerializerMethodField()
    provider_declaration = serializers.SerializerMethodField()
    components = ComponentSerializer(many=True, source="component_rows")
    evidence = EvidenceItemSerializer(many=True)
    attempts = AttemptSerializer(many=True)

    class Meta(GatewayInputSerializer.Meta):
        fields = ["apprenticeship", "uln", "status", "attempt", "version", "ready",
                  "evaluated_at", *GatewayInputSerializer.Meta.fields, "employer_sign_off",
                  "provider_declaration", "submitted_at", "decided_at", "components",
                  "evidence", "attempts", "created_at", "updated_at"]
        read_only_fields = fields
        extra_kwargs = {
            **GatewayInputSerializer.Meta.extra_kwargs,
            "attempt": {"help_text": "Submissions made: 2 after one resubmission."},
            "version": {"help_text": "Bumped by every change; sent back as the `ETag`."},
        }

    def _declaration(self, by, at, text) -> dict:
        return {"by": by, "at": at, "declaration": text}

    def get_employer_sign_off(self, obj) -> DeclarationStateSerializer:
        return DeclarationStateSerializer(self._declaration(
            obj.employer_signed_off_by, obj.employer_signed_off_at,
            obj.employer_declaration)).data

    def get_provider_declaration(self, obj) -> DeclarationStateSerializer:
        return DeclarationStateSerializer(self._declaration(
            obj.provider_declared_by, obj.provider_declared_at, obj.provider_declaration)).data


class DeclarationSerializer(serializers.Serializer):
    declaration = StrictCharField(
        max_length=2000,
        help_text="The declaration: for the employer, that the apprentice works at or above "
                  "the standard and is ready for the EPA.")


class ReviewSerializer(serializers.Serializer):
    decision = StrictChoiceField(choices=[("accept", "Accept"), ("reject", "Reject")])
    reason = StrictCharField(max_length=2000, required=False, allow_blank=True,
                             default="", help_text="Required for a rejection.")


class EvaluationQuerySerializer(serializers.Serializer):
    gateway_date = serializers.DateField(
        required=False, help_text="Evaluate at this date (default: the submission's gateway "
                                  "date, else today).")
