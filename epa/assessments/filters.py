import django_filters as filters

from epa.api.filters import FilterSet, IdFilter
from epa.assessments.models import Assessment, AssessmentKind, AssessmentStatus


class AssessmentFilter(FilterSet):
    apprenticeship = IdFilter(field_name="apprenticeship_id", help_text="Apprenticeship id.")
    status = filters.ChoiceFilter(choices=AssessmentStatus.choices)
    kind = filters.ChoiceFilter(choices=AssessmentKind.choices)

    class Meta:
        model = Assessment
        fields = ["apprenticeship", "status", "kind"]
