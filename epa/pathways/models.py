"""An apprentice's path outside the gateway and the EPA: breaks in learning and withdrawal.

The rules are in ``epa.pathways.services``; the status moves they make are rows of
``epa.learners.lifecycle.TABLE``.
"""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q


class WithdrawalReason(models.TextChoices):
    LEFT_EMPLOYMENT = "left_employment", "Left the employer"
    REDUNDANCY = "redundancy", "Made redundant"
    CHANGED_PROVIDER = "changed_provider", "Transferred to another provider"
    HEALTH = "health", "Illness or injury"
    PERSONAL = "personal", "Other personal reasons"
    NOT_PROGRESSING = "not_progressing", "Not making progress in learning"
    EPA_NOT_TAKEN = "epa_not_taken", "Withdrew from the end-point assessment"
    OTHER = "other", "Other (see the note)"


class Withdrawal(models.Model):
    """The apprentice's withdrawal: when, why, and from where (training or the EPA)."""

    apprenticeship = models.OneToOneField("learners.Apprenticeship", on_delete=models.CASCADE,
                                          related_name="withdrawal")
    withdrawn_on = models.DateField()
    reason = models.CharField(max_length=20, choices=WithdrawalReason.choices)
    note = models.TextField(blank=True)
    status_before = models.CharField(max_length=24)
    from_epa = models.BooleanField(help_text="Withdrawn once the gateway had passed.")
    recorded_by = models.CharField(max_length=200)
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-withdrawn_on", "id"]
        constraints = [models.CheckConstraint(condition=Q(reason__in=WithdrawalReason.values),
                                              name="withdrawal_reason_valid")]

    def __str__(self) -> str:
        return f"Withdrawal of {self.apprenticeship_id} on {self.withdrawn_on}"


class BreakInLearning(models.Model):
    """A break in learning; open until the apprentice returns. The return moves the planned
    end date by the break's length."""

    apprenticeship = models.ForeignKey("learners.Apprenticeship", on_delete=models.CASCADE,
                                       related_name="breaks")
    starts_on = models.DateField()
    returned_on = models.DateField(null=True, blank=True)
    reason = models.TextField(blank=True)
    status_before = models.CharField(max_length=24,
                                     help_text="The status the return goes back to.")
    planned_end_date_before = models.DateField()
    recorded_by = models.CharField(max_length=200)

    class Meta:
        ordering = ["apprenticeship", "starts_on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["apprenticeship"],
                                    condition=Q(returned_on__isnull=True),
                                    name="break_in_learning_one_open"),
            models.CheckConstraint(condition=Q(returned_on__isnull=True)
                                   | Q(returned_on__gte=F("starts_on")),
                                   name="break_in_learning_returns_after_start"),
        ]

    def __str__(self) -> str:
        return f"Break of {self.apprenticeship_id} from {self.starts_on}"
