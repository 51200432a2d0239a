from django.contrib import admin

from epa.organisations.models import ApiKey, EPAOApproval, Membership, Organisation


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]


class EPAOApprovalInline(admin.TabularInline):
    model = EPAOApproval
    extra = 0
    filter_horizontal = ["versions"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "identifier"]
    list_filter = ["kind"]
    search_fields = ["name", "identifier"]
    inlines = [MembershipInline, EPAOApprovalInline]


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    """Keys are issued through the API (the key is shown once); here they can be revoked."""

    list_display = ["name", "organisation", "prefix", "scopes", "last_used_at", "expires_at",
                    "revoked_at"]
    list_filter = ["organisation__kind"]
    search_fields = ["name", "prefix", "organisation__name"]
    readonly_fields = ["organisation", "name", "prefix", "scopes", "created_at", "created_by",
                       "last_used_at"]
    fields = [*readonly_fields, "expires_at", "revoked_at"]

    def has_add_permission(self, request) -> bool:
        return False
