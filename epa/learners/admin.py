from django.contrib import admin

from epa.learners.models import Achievement, Apprenticeship, Learner


@admin.register(Learner)
class LearnerAdmin(admin.ModelAdmin):
    list_display = ["uln", "given_names", "family_name", "date_of_birth", "updated_at"]
    search_fields = ["uln", "given_names", "family_name", "email"]


class AchievementInline(admin.TabularInline):
    model = Achievement
    extra = 0


@admin.register(Apprenticeship)
class ApprenticeshipAdmin(admin.ModelAdmin):
    list_display = ["learner", "standard_version", "option", "provider", "employer", "epao",
                    "status", "start_date"]
    list_filter = ["status", "standard"]
    search_fields = ["learner__uln", "learner__family_name", "provider__name", "employer__name"]
    list_select_related = ["learner", "standard_version__standard", "option", "provider",
                           "employer", "epao"]
    readonly_fields = ["standard", "status", "created_at", "updated_at"]
    raw_id_fields = ["learner"]
    inlines = [AchievementInline]


class ReadOnlyAdminMixin:
    """Records written only by the services' flows: the admin shows them, never edits them,
    so that no write skips the rules and the history."""

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def get_readonly_fields(self, request, obj=None):
        shown = self.fields or [f.name for f in self.model._meta.fields]
        return list(dict.fromkeys([*shown, *self.readonly_fields]))
