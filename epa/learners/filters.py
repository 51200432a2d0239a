import django_filters as filters

from epa.api.filters import FilterSet, IdFilter, IsoDateTimeFilter
from epa.learners.models import Apprenticeship, ApprenticeshipStatus, Learner


class ApprenticeshipFilter(FilterSet):
    uln = filters.CharFilter(field_name="learner__uln", help_text="The learner's ULN.")
    standard = filters.CharFilter(field_name="standard__reference",
                                  help_text="Standard reference, e.g. ST0792.")
    option = IdFilter(field_name="option_id", help_text="Option id.")
    status = filters.ChoiceFilter(choices=ApprenticeshipStatus.choices)
    provider = IdFilter(field_name="provider_id", help_text="Provider id.")
    employer = IdFilter(field_name="employer_id", help_text="Employer id.")
    epao = IdFilter(field_name="epao_id", help_text="EPAO id.")
    start_date = filters.DateFromToRangeFilter(
        help_text="`start_date_after` / `start_date_before` (inclusive, YYYY-MM-DD).")
    updated_since = IsoDateTimeFilter(
        field_name="updated_at", lookup_expr="gte",
        help_text="Only records changed at or after this time (ISO 8601).")

    class Meta:
        model = Apprenticeship
        fields = ["uln", "standard", "option", "status", "provider", "employer", "epao",
                  "start_date", "updated_since"]


class LearnerFilter(FilterSet):
    uln = filters.CharFilter(help_text="ULN.")
    updated_since = IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte",
                                              help_text="Changed at or after (ISO 8601).")

    class Meta:
        model = Learner
        fields = ["uln", "updated_since"]
