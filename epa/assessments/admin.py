"""The EPA in the admin: read-only. EPA records change only through ``services`` with their
rules, locks and history."""

from django.contrib import admin

from epa.assessments.models import Appeal, Assessment, ConflictDeclaration, MethodAssessment
from epa.learners.admin import ReadOnlyAdminMixin


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
