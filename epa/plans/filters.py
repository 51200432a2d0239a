import django_filters as filters
from django.db.models import QuerySet

from epa.api.filters import FilterSet, IdFilter
from epa.plans.models import AssessmentPlan
from epa.standards.models import parse_version


class AssessmentPlanFilter(FilterSet):
    standard = filters.CharFilter(field_name="standard_version__standard__reference",
                                  help_text="Standard reference, e.g. ST0792.")
    standard_version = filters.CharFilter(
        method="filter_standard_version",
        help_text="Standard and version as in the plan's `standard_version`, e.g. ST0792/1.0.")
    owner = IdFilter(field_name="owner_id", help_text="Id of the EPAO owning the plan.")

    class Meta:
        model = AssessmentPlan
        fields = ["standard", "standard_version", "owner"]

    def filter_standard_version(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        reference, _, number = value.partition("/")
        try:
            major, minor = parse_version(number)
        except ValueError:
            return queryset.none()  # no version is written that way
        return queryset.filter(standard_version__standard__reference=reference,
                               standard_version__major=major, standard_version__minor=minor)
