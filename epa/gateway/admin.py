"""The gateway in the admin: read-only, since every change goes through the gateway flow
(``epa.gateway.services``) with its rules, concurrency checks and history."""

from django.contrib import admin

from epa.gateway.models import EvidenceItem, GatewayAttempt, GatewayComponent, GatewaySubmission
from epa.learners.admin import ReadOnlyAdminMixin


class ComponentInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = GatewayComponent
    fields = ["kind", "status", "rejection_reason", "reviewed_by", "reviewed_at"]


class EvidenceInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = EvidenceItem
    fields = ["title", "reference", "evidence_date"]


class AttemptInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = GatewayAttempt
    fields = ["number", "submitted_at", "outcome", "decided_at"]


@admin.register(GatewaySubmission)
class GatewaySubmissionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["apprenticeship", "status", "attempt", "gateway_date", "submitted_at",
                    "decided_at"]
    list_filter = ["status"]
    search_fields = ["apprenticeship__learner__uln", "apprenticeship__learner__family_name"]
    list_select_related = ["apprenticeship__learner", "apprenticeship__standard_version"]
    inlines = [ComponentInline, EvidenceInline, AttemptInline]
