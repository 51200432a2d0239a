from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone

ID_MAX = 9_223_372_036_854_775_807  # a bigint primary key


class AuditEvent(models.Model):
    """One recorded write: who (person or key, for which organisation), when, what, before and
    after, and why. Rows are only ever added (``epa.core.audit`` writes them).

    ``stream`` names the record whose history the event belongs to, ``<kind>:<id>``
    (``apprenticeship:42``, ``organisation:7``, ``assessment-plan:3``): the history of an
    apprenticeship is its stream, oldest first. ``subject`` says what within it the event is
    about (a gateway component, a method, a field).
    """

    stream = models.CharField(max_length=60, help_text="The record the event belongs to, "
                                                       "e.g. apprenticeship:42.")
    at = models.DateTimeField(default=timezone.now, db_index=True)
    actor_user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    # Ids, not foreign keys: the core layer depends on no app, and the log outlives keys.
    actor_api_key_id = models.BigIntegerField(null=True, blank=True,
                                              validators=[MaxValueValidator(ID_MAX)])
    actor_organisation_id = models.BigIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(ID_MAX)],
        help_text="The organisation the actor acted for.")
    actor_label = models.CharField(max_length=160, help_text="Who, as people read it: a user "
                                                             "name or api-key:<prefix>.")
    area = models.CharField(max_length=20, help_text="e.g. apprenticeship, gateway, "
                                                     "assessment, result, access, plan.")
    action = models.CharField(max_length=40)
    subject = models.CharField(max_length=100, blank=True,
                               help_text="What the action was about, e.g. a component.")
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["stream", "at", "id"], name="audit_event_stream_idx")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.stream} {self.area}.{self.action} {self.subject}"
