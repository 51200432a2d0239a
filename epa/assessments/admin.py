"""Plans and the EPA in the admin: read-only. A plan is validated whole, which an admin form
saving plan, inlines and criteria piece by piece cannot do, and a plan in use must not change
its grading; EPA records change only through the flow (``flow.py``) with its rules, locks and
history. Plans are written through the API or ``load_assessment_plans``."""

from django.contrib import admin
from django.utils.html import format_html_join

from epa.assessments.models import (
    Appeal,
    Assessment,
    AssessmentMethod,
    AssessmentPlan,
    ConflictDeclaration,
    GradingCriterion,
    GradingMatrixRow,
    MethodAssessment,
)
from epa.assessments.services import plan_as_data, plan_errors
from epa.learners.admin import ReadOnlyAdminMixin


class AssessmentMethodInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = AssessmentMethod
    fields = ["code", "name", "order", "typical_duration_minutes", "grade_scale", "option",
              "underpinned_by_portfolio"]
    extra = 0
    show_change_link = True  # criteria are edited on the method's page


class GradingMatrixRowInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = GradingMatrixRow
    extra = 0


@admin.register(AssessmentPlan)
class AssessmentPlanAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["title", "standard_version", "owner", "version", "is_example", "updated_at"]
    list_filter = ["is_example", "standard_version__standard"]
    list_select_related = ["standard_version__standard", "owner"]
    search_fields = ["title", "owner__name", "standard_version__standard__reference"]
    readonly_fields = ["problems", "created_at", "updated_at"]
    inlines = [AssessmentMethodInline, GradingMatrixRowInline]

    @admin.display(description="Problems with the whole plan")
    def problems(self, plan: AssessmentPlan) -> str:
        """The whole-plan rules, as the API applies them."""
        if plan.pk is None:
            return "-"
        errors = plan_errors(data=plan_as_data(plan), plan=plan)
        if not errors:
            return "None: the plan is valid."
        return format_html_join("", "<div><b>{}</b> ({}): {}</div>",
                                ((e.field, e.code, e.message) for e in errors))


class GradingCriterionInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = GradingCriterion
    fields = ["code", "band", "descriptor", "ksbs"]
    filter_horizontal = ["ksbs"]
    extra = 0


@admin.register(AssessmentMethod)
class AssessmentMethodAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name", "plan", "grade_scale", "option", "underpinned_by_portfolio"]
    list_select_related = ["plan", "option"]
    inlines = [GradingCriterionInline]


class MethodAssessmentInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = MethodAssessment
    fields = ["method", "status", "scheduled_at", "assessor", "grade", "qa_grade"]


class AppealInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Appeal
    fields = ["method", "status", "lodged_by", "lodged_at", "decided_by", "decided_at"]


@admin.register(Assessment)
class AssessmentAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["apprenticeship", "number", "kind", "status", "overall_grade",
                    "released_at"]
    list_filter = ["status", "kind", "overall_grade"]
    search_fields = ["apprenticeship__learner__uln", "apprenticeship__learner__family_name"]
    list_select_related = ["apprenticeship__learner", "apprenticeship__standard_version"]
    inlines = [MethodAssessmentInline, AppealInline]


@admin.register(ConflictDeclaration)
class ConflictDeclarationAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["assessor", "epao", "uln", "organisation", "declared_at"]
    list_select_related = ["assessor", "epao", "organisation"]
    search_fields = ["assessor__username", "uln", "organisation__name"]
