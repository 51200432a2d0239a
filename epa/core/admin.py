from django.contrib import admin

from epa.core.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """The audit log, read-only: events are written by the services, never by hand."""

    list_display = ["at", "stream", "area", "action", "subject", "actor_label",
                    "actor_organisation_id"]
    list_filter = ["area", "action"]
    search_fields = ["=stream", "subject", "reason", "actor_label"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
