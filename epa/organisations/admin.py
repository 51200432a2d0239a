from django.contrib import admin, messages

from epa.organisations.access import admin_actor
from epa.organisations.models import ApiKey, EPAOApproval, Membership, Organisation
from epa.organisations.services import api_key_revoke


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
    """Keys are issued through the API (the key is shown once); here they are read, and
    revoked through the service (its policy and the organisation's audit stream). Nothing
    else is edited: an edit could bring a revoked key back or extend one unseen."""

    list_display = ["name", "organisation", "prefix", "scopes", "last_used_at", "expires_at",
                    "revoked_at"]
    list_filter = ["organisation__kind"]
    search_fields = ["name", "prefix", "organisation__name"]
    readonly_fields = ["organisation", "name", "prefix", "scopes", "created_at", "created_by",
                       "last_used_at", "expires_at", "revoked_at"]
    fields = readonly_fields
    actions = ["revoke"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.action(description="Revoke the selected keys")
    def revoke(self, request, queryset) -> None:
        actor = admin_actor(request)
        for key in queryset.filter(revoked_at__isnull=True):
            api_key_revoke(actor=actor, key=key)
        messages.success(request, "Revoked.")
