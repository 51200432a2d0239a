"""Plans in the admin: read-only. A plan is validated whole, which an admin form saving plan,
inlines and criteria piece by piece cannot do, and a plan in use must not change its grading.
Plans are written through the API or ``load_assessment_plans`` (``services``); the plan's
page shows the problems ``services.plan_errors`` finds with it."""

from django.contrib import admin
from django.utils.html import format_html_join

from epa.learners.admin import ReadOnlyAdminMixin
from epa.plans.models import AssessmentMethod, AssessmentPlan, GradingCriterion, GradingMatrixRow
from epa.plans.services import plan_as_data, plan_errors


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
