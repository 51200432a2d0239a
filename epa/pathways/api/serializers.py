"""Shapes of the pathway writes and their answers (no rules: ``epa.pathways.services``)."""

from __future__ import annotations

from rest_framework import serializers

from epa.api.fields import (
    StrictBooleanField,
    StrictCharField,
    StrictChoiceField,
    StrictIntegerField,
    StrictPrimaryKeyRelatedField,
)
from epa.learners.api.serializers import VersionField
from epa.organisations.models import Organisation, OrganisationKind
from epa.pathways.models import BreakInLearning, WithdrawalReason
from epa.standards.models import Option


class WithdrawSerializer(serializers.Serializer):
    withdrawn_on = serializers.DateField(help_text="The last day in learning (not in the "
                                                   "future, not before the start).")
    reason = StrictChoiceField(choices=WithdrawalReason.choices,
                               help_text="Why the apprentice withdrew.")
    note = StrictCharField(max_length=2000, required=False, allow_blank=True, default="")


class CancelledBookingSerializer(serializers.Serializer):
    assessment = serializers.IntegerField()
    method = serializers.CharField(help_text="The method's code.")
    scheduled_at = serializers.DateTimeField()


class WithdrawalSerializer(serializers.Serializer):
    apprenticeship = serializers.IntegerField(source="apprenticeship.pk")
    status = serializers.CharField(source="apprenticeship.status")
    withdrawn_on = serializers.DateField(source="withdrawal.withdrawn_on")
    reason = serializers.CharField(source="withdrawal.reason")
    note = serializers.CharField(source="withdrawal.note")
    status_before = serializers.CharField(source="withdrawal.status_before")
    from_epa = serializers.BooleanField(source="withdrawal.from_epa",
                                        help_text="Withdrawn once the gateway had passed.")
    recorded_by = serializers.CharField(source="withdrawal.recorded_by")
    gateway_closed = serializers.BooleanField(help_text="An open gateway was closed.")
    assessments_closed = serializers.ListField(child=serializers.IntegerField(),
                                               help_text="The EPA attempts closed.")
    cancelled_bookings = CancelledBookingSerializer(many=True,
                                                    help_text="Bookings not yet taken.")


class BreakStartSerializer(serializers.Serializer):
    starts_on = serializers.DateField(help_text="The first day of the break.")
    reason = StrictCharField(max_length=2000, required=False, allow_blank=True, default="")


class BreakReturnSerializer(serializers.Serializer):
    returned_on = serializers.DateField(help_text="The day the apprentice returned.")


class BreakSerializer(serializers.ModelSerializer):
    status = serializers.CharField(source="apprenticeship.status")
    planned_end_date = serializers.DateField(source="apprenticeship.planned_end_date")

    class Meta:
        model = BreakInLearning
        fields = ["id", "apprenticeship", "starts_on", "returned_on", "reason", "status_before",
                  "planned_end_date_before", "planned_end_date", "status", "recorded_by"]


class FurtherLearningSerializer(serializers.Serializer):
    note = StrictCharField(max_length=2000, required=False, allow_blank=True, default="")


class RouteSerializer(serializers.Serializer):
    reference = serializers.CharField(help_text="The standard it leads to, e.g. ST0525.")
    title = serializers.CharField()
    level = serializers.IntegerField()
    in_catalogue = serializers.BooleanField(help_text="The catalogue holds the standard.")
    versions = serializers.ListField(child=serializers.CharField(),
                                     help_text="Its versions in the catalogue.")
    open = serializers.BooleanField(help_text="Open to the apprentice: they have achieved.")
    started = serializers.ListField(child=serializers.IntegerField(),
                                    help_text="Apprenticeships started on it from this one.")


class ProgressionSerializer(serializers.Serializer):
    apprenticeship = serializers.IntegerField()
    uln = serializers.CharField(help_text="The apprentice's ULN.")
    standard = serializers.CharField(help_text="The apprenticeship's standard reference.")
    status = serializers.CharField()
    achieved = serializers.BooleanField()
    progressed_from = serializers.IntegerField(allow_null=True)
    routes = RouteSerializer(many=True)


class ProgressSerializer(serializers.Serializer):
    """The next apprenticeship: the learner and provider are those of the achieved one."""

    standard_version = VersionField(help_text="A version of a progression standard, e.g. "
                                              "`ST0525/1.0`.")
    option = StrictPrimaryKeyRelatedField(queryset=Option.objects.all(), allow_null=True,
                                          required=False)
    employer = StrictPrimaryKeyRelatedField(
        queryset=Organisation.objects.filter(kind=OrganisationKind.EMPLOYER))
    epao = StrictPrimaryKeyRelatedField(
        queryset=Organisation.objects.filter(kind=OrganisationKind.EPAO), allow_null=True,
        required=False)
    start_date = serializers.DateField()
    planned_end_date = serializers.DateField()
    planned_otj_hours = StrictIntegerField(min_value=0, max_value=10000, required=False,
                                           allow_null=True)
    has_ehc_plan = StrictBooleanField(required=False, default=False)
    prior_learning_hours = StrictIntegerField(
        min_value=0, max_value=10000, required=False, default=0,
        help_text="Recognised prior learning, in off-the-job hours: the gateway's off-the-job "
                  "reduction.")
    prior_learning_note = StrictCharField(max_length=2000, required=False, allow_blank=True,
                                          default="")
