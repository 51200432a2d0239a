"""The reports' query parameters and rows (shapes only)."""

from __future__ import annotations

from django.utils import timezone
from rest_framework import serializers

from epa.api.fields import StrictRegexField

FORMATS = [("json", "JSON pages"), ("csv", "CSV, streamed")]


class ReportQuerySerializer(serializers.Serializer):
    released_from = serializers.DateField(required=False,
                                          help_text="Results dated on or after this day.")
    released_to = serializers.DateField(required=False,
                                        help_text="Results dated on or before this day.")
    standard = StrictRegexField(r"^ST[0-9]{4}$", required=False,
                                help_text="Standard reference, e.g. ST0792.")
    version = StrictRegexField(r"^[0-9]{1,4}(\.[0-9]{1,4})?$", required=False,
                               help_text="Standard version, e.g. 1.0.")
    option = serializers.CharField(required=False, max_length=255, help_text="Option title.")
    provider = serializers.IntegerField(required=False, min_value=1, max_value=2**63 - 1,
                                        help_text="Provider id.")
    employer = serializers.IntegerField(required=False, min_value=1, max_value=2**63 - 1,
                                        help_text="Employer id.")


class ResultsQuerySerializer(ReportQuerySerializer):
    grade = serializers.CharField(required=False, max_length=24,
                                  help_text="Overall grade: the plan's name (merit) or the "
                                            "DfE name (Merit).")


class OutcomesQuerySerializer(ReportQuerySerializer):
    period = StrictRegexField(r"^[0-9]{4}-Q[1-4]$", required=False,
                              help_text="A quarter, e.g. 2026-Q3 (default: the current one); "
                                        "or give released_from and released_to.")

    def validate(self, attrs):
        dates = {"released_from", "released_to"} & set(attrs)
        if "period" not in attrs and len(dates) == 1:
            raise serializers.ValidationError({"period": [serializers.ErrorDetail(
                "Give a period (2026-Q3) or both released_from and released_to.",
                code="required")]})
        if "period" not in attrs and not dates:
            today = timezone.localdate()
            attrs["period"] = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
        return attrs


class ResultRowSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The attempt's id (see /assessments/).")
    uln = serializers.CharField()
    given_names = serializers.CharField()
    family_name = serializers.CharField()
    standard = serializers.CharField(help_text="Standard reference.")
    lars_code = serializers.IntegerField(allow_null=True)
    version = serializers.CharField()
    option = serializers.CharField(allow_null=True)
    attempt = serializers.IntegerField(help_text="Attempt number, from 1.")
    attempt_kind = serializers.CharField(help_text="first, resit or retake.")
    method_grades = serializers.DictField(child=serializers.CharField(),
                                          help_text="Grade per method code.")
    overall_grade = serializers.CharField(help_text="The plan's name of the grade.")
    dfe_grade = serializers.CharField(help_text="The grade's DfE name.")
    outcome = serializers.CharField(help_text="pass or fail.")
    outcome_date = serializers.DateField()
    achievement_date = serializers.DateField(allow_null=True,
                                             help_text="The outcome date of a pass.")
    provider_ukprn = serializers.CharField()
    employer = serializers.CharField(help_text="Employer name.")


class OutcomeFigureSerializer(serializers.Serializer):
    standard = serializers.CharField()
    version = serializers.CharField()
    option = serializers.CharField(allow_blank=True)
    completed = serializers.IntegerField(help_text="EPAs completed: results dated in the "
                                                   "period.")
    grades = serializers.DictField(child=serializers.IntegerField(),
                                   help_text="Results per overall grade.")
    passed = serializers.IntegerField()
    pass_rate = serializers.FloatField(allow_null=True)
    resits = serializers.IntegerField()
    retakes = serializers.IntegerField()
    withdrawals = serializers.IntegerField(help_text="Withdrawals dated in the period.")
    appeals_lodged = serializers.IntegerField()
    appeals_upheld = serializers.IntegerField()
    median_days_gateway_to_result = serializers.FloatField(allow_null=True)
    achievers = serializers.IntegerField()
    progressed = serializers.DictField(child=serializers.IntegerField(),
                                       help_text="Achievers who progressed, per standard.")


class OutcomesSerializer(serializers.Serializer):
    released_from = serializers.DateField()
    released_to = serializers.DateField()
    figures = OutcomeFigureSerializer(many=True)
