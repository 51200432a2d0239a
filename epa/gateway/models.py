"""Gateway submissions: the components an EPAO checks before the end-point assessment.

One submission per apprenticeship, reopened for each new attempt; its ``version`` is bumped by
every write and serves optimistic concurrency (the ``ETag``). The computed checks are not stored:
they are evaluated from the facts each time (see ``evaluation.py``).
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from epa.core.errors import VERSION_MAX


class SubmissionStatus(models.TextChoices):
    DRAFT = "draft", "Draft: being prepared by the provider and employer"
    SUBMITTED = "submitted", "Submitted: with the EPAO for review"
    PASSED = "passed", "Passed"
    FAILED = "failed", "Failed: can be corrected and resubmitted"
    WITHDRAWN = "withdrawn", "Closed: the apprentice withdrew"


class ComponentKind(models.TextChoices):
    ENGLISH = "english", "English"
    MATHS = "maths", "Maths"
    OPTION = "option", "Option"
    PORTFOLIO = "portfolio", "Portfolio of evidence"
    MINIMUM_DURATION = "minimum_duration", "Minimum duration"
    OFF_THE_JOB = "off_the_job", "Off-the-job training"
    EMPLOYER_SIGN_OFF = "employer_sign_off", "Employer sign-off"
    PROVIDER_DECLARATION = "provider_declaration", "Provider declaration"


class ComponentStatus(models.TextChoices):
    MISSING = "missing", "Missing"
    SUBMITTED = "submitted", "Submitted"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class GatewaySubmission(models.Model):
    apprenticeship = models.OneToOneField("learners.Apprenticeship", on_delete=models.CASCADE,
                                          related_name="gateway")
    status = models.CharField(max_length=10, choices=SubmissionStatus.choices,
                              default=SubmissionStatus.DRAFT)
    attempt = models.PositiveSmallIntegerField(
        default=0, validators=[MaxValueValidator(999)],
        help_text="Submissions made so far: 1 after the first, 2 after a resubmission, and so on.")
    version = models.PositiveIntegerField(default=1, validators=[MaxValueValidator(VERSION_MAX)])
    gateway_date = models.DateField(
        null=True, blank=True,
        help_text="The date the gateway is evaluated at; today when not set.")
    contracted_hours_per_week = models.DecimalField(
        max_digits=4, decimal_places=1, null=True, blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(60)])
    off_the_job_hours = models.DecimalField(
        max_digits=6, decimal_places=1, null=True, blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(10000)],
        help_text="Off-the-job training hours recorded.")
    prior_learning_reduction_hours = models.DecimalField(
        max_digits=6, decimal_places=1, default=0,
        validators=[MinValueValidator(0), MaxValueValidator(10000)])
    english_maths_exemption_evidence = models.CharField(
        max_length=500, blank=True,
        help_text="Where the training plan records the English and maths exemption.")
    employer_signed_off_by = models.CharField(max_length=200, blank=True)
    employer_signed_off_at = models.DateTimeField(null=True, blank=True)
    employer_declaration = models.TextField(blank=True)
    provider_declared_by = models.CharField(max_length=200, blank=True)
    provider_declared_at = models.DateTimeField(null=True, blank=True)
    provider_declaration = models.TextField(blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=SubmissionStatus.values),
                                   name="gateway_submission_status_valid"),
        ]

    def __str__(self) -> str:
        return f"Gateway of {self.apprenticeship_id} ({self.status}, attempt {self.attempt})"

    @property
    def editable(self) -> bool:
        return self.status in (SubmissionStatus.DRAFT, SubmissionStatus.FAILED)


class GatewayComponent(models.Model):
    submission = models.ForeignKey(GatewaySubmission, on_delete=models.CASCADE,
                                   related_name="components")
    kind = models.CharField(max_length=24, choices=ComponentKind.choices)
    status = models.CharField(max_length=10, choices=ComponentStatus.choices,
                              default=ComponentStatus.MISSING)
    rejection_reason = models.TextField(blank=True)
    reviewed_by = models.CharField(max_length=200, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["submission", "id"]
        constraints = [
            models.UniqueConstraint(fields=["submission", "kind"],
                                    name="gateway_component_unique_kind"),
            models.CheckConstraint(condition=Q(status__in=ComponentStatus.values),
                                   name="gateway_component_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.status}"


class EvidenceItem(models.Model):
    """One item of the portfolio of evidence, with the KSBs it evidences."""

    submission = models.ForeignKey(GatewaySubmission, on_delete=models.CASCADE,
                                   related_name="evidence")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    reference = models.CharField(max_length=500, blank=True,
                                 help_text="A reference or link to where the evidence is kept.")
    evidence_date = models.DateField()
    ksbs = models.ManyToManyField("standards.KSB", related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["submission", "evidence_date", "id"]

    def __str__(self) -> str:
        return self.title


class GatewayAttempt(models.Model):
    """What each submission looked like when it was decided: kept for every attempt."""

    submission = models.ForeignKey(GatewaySubmission, on_delete=models.CASCADE,
                                   related_name="attempts")
    number = models.PositiveSmallIntegerField(validators=[MaxValueValidator(999)])
    submitted_at = models.DateTimeField()
    outcome = models.CharField(max_length=10, choices=SubmissionStatus.choices, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    evaluation = models.JSONField(null=True, blank=True,
                                  help_text="The evaluation at the decision.")

    class Meta:
        ordering = ["submission", "number"]
        constraints = [
            models.UniqueConstraint(fields=["submission", "number"],
                                    name="gateway_attempt_unique_number"),
        ]

    def __str__(self) -> str:
        return f"Attempt {self.number}: {self.outcome or 'undecided'}"

    @property
    def outcome_or_none(self) -> str | None:
        return self.outcome or None
