"""The admin for learners and apprenticeships writes through the services, as the API does.

Its forms check with the services' rule functions, so the admin refuses what the API refuses
(each error on its field); saving calls the service with the person's actor, so an admin
write is held to the same policy and recorded in the apprenticeship's history.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from epa.core.actor import SYSTEM, Actor
from epa.core.errors import FieldError, Forbidden
from epa.core.policy import require
from epa.learners.models import Achievement, Apprenticeship, Learner
from epa.learners.selectors import writable_provider_ids
from epa.learners.services import (
    apprenticeship_create,
    apprenticeship_rule_errors,
    apprenticeship_update,
    apprenticeships_locked,
    learner_details,
    learner_errors,
    learner_save,
    provider_errors,
    require_apprenticeship_writer,
    stored_row,
)
from epa.organisations.access import admin_actor

# The fields of a record the admin writes (the status belongs to the gateway and EPA flows).
RECORD_FIELDS = ("standard_version", "option", "provider", "employer", "epao", "start_date",
                 "planned_end_date", "planned_otj_hours", "has_ehc_plan")


def _add_errors(form: forms.ModelForm, errors: list[FieldError]) -> None:
    for error in errors:
        field = error.field if error.field in form.fields else None
        form.add_error(field, ValidationError(error.message, code=error.code))


class LearnerAdminForm(forms.ModelForm):
    class Meta:
        model = Learner
        fields = ["uln", "given_names", "family_name", "date_of_birth", "email"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("uln"):
            _add_errors(self, learner_errors(uln=cleaned["uln"],
                                             date_of_birth=cleaned.get("date_of_birth")))
        return cleaned


@admin.register(Learner)
class LearnerAdmin(admin.ModelAdmin):
    form = LearnerAdminForm
    list_display = ["uln", "given_names", "family_name", "date_of_birth", "updated_at"]
    search_fields = ["uln", "given_names", "family_name", "email"]

    def save_model(self, request, obj, form, change) -> None:
        learner_save(learner=obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # a learner's records and history outlive an admin's click


class AchievementInline(admin.TabularInline):
    """Shown, not edited: achievements are written with their apprenticeship through the API,
    by its rules and into its history."""

    model = Achievement
    extra = 0

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class ApprenticeshipAdminForm(forms.ModelForm):
    """Checks a record as the services will: who may write it, then the rules."""

    actor: Actor = SYSTEM  # the person's, set by ``ApprenticeshipAdmin.get_form``

    class Meta:
        model = Apprenticeship
        fields = ["learner", *RECORD_FIELDS]

    def clean(self):
        cleaned = super().clean()
        needed = ("learner", "standard_version", "provider", "employer", "start_date",
                  "planned_end_date")
        if self.errors or any(cleaned.get(name) is None for name in needed):
            return cleaned  # the form reports the fields' own errors first
        try:
            require_apprenticeship_writer(self.actor)
            if self.instance.pk is not None and not self.actor.is_system:
                require(self.instance.provider_id in writable_provider_ids(self.actor),
                        "Only the delivering provider changes an apprenticeship.")
        except Forbidden as exc:
            raise ValidationError(exc.message, code=exc.code) from exc
        candidate = Apprenticeship(pk=self.instance.pk, learner=cleaned["learner"],
                                   **{name: cleaned.get(name) for name in RECORD_FIELDS})
        stored = None
        if self.instance.pk is not None:
            # (the admin's request is one transaction: the row stays locked until saved)
            stored = stored_row(apprenticeships_locked(pk=self.instance.pk).get())
        _add_errors(self, provider_errors(actor=self.actor, provider_id=cleaned["provider"].pk)
                    + apprenticeship_rule_errors(apprenticeship=candidate, stored=stored))
        return cleaned


@admin.register(Apprenticeship)
class ApprenticeshipAdmin(admin.ModelAdmin):
    form = ApprenticeshipAdminForm
    list_display = ["learner", "standard_version", "option", "provider", "employer", "epao",
                    "status", "start_date"]
    list_filter = ["status", "standard"]
    search_fields = ["learner__uln", "learner__family_name", "provider__name", "employer__name"]
    list_select_related = ["learner", "standard_version__standard", "option", "provider",
                           "employer", "epao"]
    readonly_fields = ["standard", "status", "created_at", "updated_at"]
    raw_id_fields = ["learner"]
    inlines = [AchievementInline]

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # an apprenticeship's history outlives an admin's click

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (form,), {"actor": admin_actor(request)})

    def save_model(self, request, obj, form, change) -> None:
        """Through the service: its policy, rules, locks and history."""
        actor = admin_actor(request)
        data = {name: form.cleaned_data.get(name) for name in RECORD_FIELDS}
        data["learner"] = learner_details(form.cleaned_data["learner"])
        if change:
            saved = apprenticeship_update(actor=actor, apprenticeship=Apprenticeship.objects.get(
                pk=obj.pk), data=data)
        else:
            saved = apprenticeship_create(actor=actor, data=data)
        # The admin goes on with ``obj`` (its inlines, its log entry): make it the saved row.
        for field in Apprenticeship._meta.concrete_fields:
            setattr(obj, field.attname, getattr(saved, field.attname))
        obj._state.adding = False


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
