from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from epa.standards.models import KSB, Duty, Option, ProgressionRoute, Standard, StandardVersion
from epa.standards.selectors import option_ids_for_ksb


class OptionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Option
        fields = ["id", "title", "external_id"]
        extra_kwargs = {
            "external_id": {"help_text": "Its id in the Skills England standards API (a GUID); "
                                       "empty when not imported from there."},
            "id": {"help_text": "Option id; usable as the `option` filter."},
            "title": {"help_text": "Option title, e.g. Production coordinator."},
        }


class OptionSummarySerializer(OptionSerializer):
    ksb_count = serializers.IntegerField(
        help_text="KSBs an apprentice on this option is assessed against (core plus option)."
    )

    class Meta(OptionSerializer.Meta):
        fields = [*OptionSerializer.Meta.fields, "ksb_count"]


class KSBCountsSerializer(serializers.Serializer):
    knowledge = serializers.IntegerField(help_text="Number of knowledge statements (K).")
    skill = serializers.IntegerField(help_text="Number of skills (S).")
    behaviour = serializers.IntegerField(help_text="Number of behaviours (B).")
    total = serializers.IntegerField(help_text="All KSBs of the version.")


class ProgressionRouteSerializer(serializers.ModelSerializer):
    reference = serializers.CharField(source="to_reference", help_text="Target standard.")
    title = serializers.CharField(source="to_title", help_text="Target standard's title.")
    level = serializers.IntegerField(source="to_level", help_text="Target standard's level.")
    version = serializers.CharField(source="to_version",
                                    help_text="Target version, if stated; may be empty.")
    is_loaded = serializers.BooleanField(
        help_text="Whether the target standard is in this catalogue."
    )

    class Meta:
        model = ProgressionRoute
        fields = ["reference", "title", "level", "version", "is_loaded"]


class StandardVersionSummarySerializer(serializers.ModelSerializer):
    version = serializers.CharField(help_text="Version number, e.g. 1.0.")

    class Meta:
        model = StandardVersion
        fields = ["version", "status", "approved_on", "typical_duration_months",
                  "core_and_options"]
        extra_kwargs = {
            "status": {"help_text": "Status of this version."},
            "typical_duration_months": {"help_text": "Typical duration of the apprenticeship."},
            "core_and_options": {"help_text": "Whether the version has options."},
        }


class StandardVersionDetailSerializer(StandardVersionSummarySerializer):
    reference = serializers.CharField(source="standard.reference",
                                      help_text="The standard's reference.")
    options = OptionSummarySerializer(source="option_summaries", many=True,
                                      help_text="Options, each with its KSB count.")
    duty_count = serializers.IntegerField(help_text="Number of duties (core and option).")
    ksb_counts = KSBCountsSerializer(help_text="KSB counts by kind.")
    progression_routes = ProgressionRouteSerializer(source="routes", many=True)

    class Meta(StandardVersionSummarySerializer.Meta):
        fields = [
            "reference", *StandardVersionSummarySerializer.Meta.fields, "epa_period_months",
            "min_off_the_job_hours", "entry_requirements", "english_maths_requirements",
            "typical_job_titles", "involved_employers", "assessment_plan_url", "options",
            "duty_count", "ksb_counts", "progression_routes",
        ]
        extra_kwargs = {
            **StandardVersionSummarySerializer.Meta.extra_kwargs,
            "typical_job_titles": {"help_text": "Typical job titles (list of strings)."},
            "involved_employers": {"help_text": "Employers involved in the standard."},
            "english_maths_requirements": {"help_text": "English and maths requirement."},
            "min_off_the_job_hours": {"help_text": "Published minimum off-the-job hours "
                                      "(`minimumHoursForCompliance`), for starts from "
                                      "2025-08-01; null when not published."},
            "epa_period_months": {"help_text": "Length of the EPA period in months "
                                  "(`ePALength`); null when not known."},
        }


class StandardSerializer(serializers.ModelSerializer):
    latest_version = serializers.SerializerMethodField(
        help_text="Highest version number loaded; null when no version is loaded yet."
    )

    class Meta:
        model = Standard
        fields = ["reference", "title", "level", "route", "status", "lars_code",
                  "latest_version"]
        extra_kwargs = {
            "reference": {"help_text": "Reference number: ST + 4 digits."},
            "title": {"help_text": "Title of the occupation."},
            "status": {"help_text": "Status of the standard."},
        }

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_latest_version(self, standard: Standard) -> str | None:
        versions = list(standard.versions.all())  # prefetched newest first
        return versions[0].version if versions else None


class StandardDetailSerializer(StandardSerializer):
    versions = serializers.SerializerMethodField(help_text="All loaded versions, newest first.")
    latest = serializers.SerializerMethodField(
        help_text="The latest version in full; null when none is loaded."
    )

    class Meta(StandardSerializer.Meta):
        fields = [*StandardSerializer.Meta.fields, "versions", "latest"]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_versions(self, standard: Standard) -> list[str]:
        return [v.version for v in standard.versions.all()]

    @extend_schema_field(StandardVersionDetailSerializer(allow_null=True))
    def get_latest(self, standard: Standard) -> dict | None:
        latest = self.context.get("latest")
        return StandardVersionDetailSerializer(latest).data if latest else None


class KSBSerializer(serializers.ModelSerializer):
    options = serializers.SerializerMethodField(
        help_text="Options this KSB applies to (all options when a core duty maps it). "
        "Empty for a standard without options."
    )

    class Meta:
        model = KSB
        fields = ["code", "kind", "number", "text", "external_id", "options"]
        extra_kwargs = {
            "external_id": {"help_text": "Its id in the Skills England standards API (a GUID); "
                                       "empty when not imported from there."},
            "code": {"help_text": "K, S or B and the number, e.g. K17."},
            "kind": {"help_text": "Knowledge, skill or behaviour."},
            "number": {"help_text": "Number within its kind."},
            "text": {"help_text": "Full text of the statement."},
        }

    @extend_schema_field(OptionSerializer(many=True))
    def get_options(self, ksb: KSB) -> list[dict]:
        options = list(ksb.version.options.all())  # prefetched
        ids = option_ids_for_ksb([d.option_id for d in ksb.duties.all()], [o.pk for o in options])
        return OptionSerializer([o for o in options if o.pk in ids], many=True).data


KSB_VALUES = ("code", "kind", "number", "text", "external_id")


def ksb_rows_data(rows: list[dict], options: list[dict],
                  duty_options: dict[int, list[int | None]]) -> list[dict]:
    """KSB rows (``id`` and ``KSB_VALUES``) in the shape of ``KSBSerializer``, each with the
    ``options`` (``selectors.option_rows``) it applies to, decided by ``option_ids_for_ksb``
    from the options of the duties that map it (``selectors.ksb_duty_options``)."""
    all_ids = [o["id"] for o in options]
    return [{"code": r["code"], "kind": r["kind"], "number": r["number"], "text": r["text"],
             "external_id": r["external_id"],
             "options": [o for o in options if o["id"] in applies]}
            for r in rows
            for applies in [set(option_ids_for_ksb(duty_options.get(r["id"], []), all_ids))]]


class DutySerializer(serializers.ModelSerializer):
    option = OptionSerializer(allow_null=True, help_text="The duty's option; null when core.")
    is_core = serializers.BooleanField(help_text="True for a core duty.")
    ksbs = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True, help_text="Codes of the KSBs it maps."
    )

    class Meta:
        model = Duty
        fields = ["number", "text", "is_core", "option", "external_id", "ksbs"]
        extra_kwargs = {
            "external_id": {"help_text": "Its id in the Skills England standards API (a GUID); "
                                       "empty when not imported from there."},
            "number": {"help_text": "Duty number, e.g. 9."},
            "text": {"help_text": "What the duty is."},
        }
