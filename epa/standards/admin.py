from django.contrib import admin

from epa.standards.models import KSB, Duty, Option, ProgressionRoute, Standard, StandardVersion


class StandardVersionInline(admin.TabularInline):
    model = StandardVersion
    fields = ["major", "minor", "status", "approved_on", "typical_duration_months",
              "min_off_the_job_hours", "core_and_options"]
    extra = 0
    show_change_link = True


@admin.register(Standard)
class StandardAdmin(admin.ModelAdmin):
    list_display = ["reference", "title", "level", "route", "status", "lars_code"]
    list_filter = ["level", "status", "route"]
    search_fields = ["reference", "title", "route"]
    inlines = [StandardVersionInline]


class OptionInline(admin.TabularInline):
    model = Option
    fields = ["title", "position", "external_id"]
    extra = 0


class ProgressionRouteInline(admin.TabularInline):
    model = ProgressionRoute
    extra = 0


@admin.register(StandardVersion)
class StandardVersionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "approved_on", "typical_duration_months",
                    "core_and_options"]
    list_filter = ["status", "core_and_options"]
    search_fields = ["standard__reference", "standard__title"]
    list_select_related = ["standard"]
    inlines = [OptionInline, ProgressionRouteInline]


@admin.register(KSB)
class KSBAdmin(admin.ModelAdmin):
    list_display = ["code", "kind", "version", "text"]
    list_filter = ["kind", "version__standard__reference"]
    search_fields = ["code", "text", "version__standard__reference"]
    list_select_related = ["version__standard"]
    readonly_fields = ["code"]


@admin.register(Duty)
class DutyAdmin(admin.ModelAdmin):
    list_display = ["number", "version", "option", "text"]
    list_filter = ["version__standard__reference", "option"]
    search_fields = ["text", "version__standard__reference"]
    list_select_related = ["version__standard", "option"]
    filter_horizontal = ["ksbs"]
