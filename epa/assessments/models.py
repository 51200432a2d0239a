"""The end-point assessment of one apprentice: attempts, method bookings, judgements, quality
assurance, resits and appeals. Each attempt is graded by the assessment plan it started under
(``epa.plans``)."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q

from epa.core.errors import VERSION_MAX
from epa.plans.models import (
    AssessmentMethod,
    AssessmentPlan,
    DfeGrade,
    Grade,
    GradingCriterion,
)


class AssessmentKind(models.TextChoices):
    FIRST = "first", "First attempt"
    RESIT = "resit", "Resit (no further learning)"
    RETAKE = "retake", "Retake (after further learning)"


class AssessmentStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", "In progress: booking and assessing"
    PROVISIONAL = "provisional", "Provisional: every method graded, with quality assurance"
    RELEASED = "released", "Released: confirmed by quality assurance"
    WITHDRAWN = "withdrawn", "Closed: the apprentice withdrew"


class Outcome(models.TextChoices):
    """The EPA outcome of an attempt, as DfE records it (``epaOutcome``)."""

    PASS = "pass", "Pass (any pass grade)"
    FAIL = "fail", "Fail"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Assessment(models.Model):
    """One attempt at the EPA of an apprenticeship, graded by the plan it started under; or an
    outcome the EPAO recorded directly, having assessed elsewhere (``recorded_directly``)."""

    apprenticeship = models.ForeignKey("learners.Apprenticeship", on_delete=models.PROTECT,
                                       related_name="assessments")
    plan = models.ForeignKey(AssessmentPlan, null=True, blank=True, on_delete=models.PROTECT,
                             related_name="assessments",
                             help_text="The plan that grades the attempt; empty for an outcome "
                                       "recorded directly without a plan here.")
    number = models.PositiveSmallIntegerField(validators=[MaxValueValidator(999)],
                                              help_text="Attempt number, from 1.")
    kind = models.CharField(max_length=10, choices=AssessmentKind.choices,
                            default=AssessmentKind.FIRST)
    status = models.CharField(max_length=12, choices=AssessmentStatus.choices,
                              default=AssessmentStatus.IN_PROGRESS)
    previous = models.OneToOneField("self", null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="next_attempt")
    window_starts = models.DateField(help_text="First day a method may be taken.")
    window_ends = models.DateField(
        help_text="Last day a method may be taken: the EPA period, or the resit or retake "
                  "window.")
    exceptional_circumstances = models.BooleanField(default=False)
    exceptional_reason = models.TextField(blank=True)
    grade_capped = models.BooleanField(
        default=False, help_text="A resit or retake graded at most pass.")
    overall_grade = models.CharField(max_length=12, choices=Grade.choices, blank=True)
    quality_assured_by = models.CharField(max_length=200, blank=True)
    quality_assured_at = models.DateTimeField(null=True, blank=True)
    quality_assurance_note = models.TextField(blank=True)
    released_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(
        max_length=10, choices=Outcome.choices, blank=True,
        help_text="pass (any pass grade), fail or withdrawn; empty while the attempt is open. "
                  "Set when the result is released or the outcome recorded directly.")
    outcome_date = models.DateField(
        null=True, blank=True,
        help_text="The date of the outcome: the EPA date of a directly recorded outcome, the "
                  "release date of a released result.")
    dfe_grade = models.CharField(
        max_length=24, choices=DfeGrade.choices, blank=True,
        help_text="The overall grade by its DfE name (the plan's mapping), stored when the "
                  "result is released or recorded; Fail for a fail, empty for a withdrawal.")
    recorded_directly = models.BooleanField(
        default=False,
        help_text="The outcome was recorded directly by the EPAO (assessed elsewhere): no "
                  "bookings or judgements here.")
    version = models.PositiveIntegerField(default=1, validators=[MaxValueValidator(VERSION_MAX)])
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["apprenticeship", "number"]
        constraints = [
            models.UniqueConstraint(fields=["apprenticeship", "number"],
                                    name="assessment_attempt_unique"),
            models.CheckConstraint(condition=Q(status__in=AssessmentStatus.values),
                                   name="assessment_status_valid"),
            models.CheckConstraint(condition=Q(outcome="") | Q(outcome__in=Outcome.values),
                                   name="assessment_outcome_valid"),
            models.CheckConstraint(condition=Q(outcome="") | Q(outcome_date__isnull=False),
                                   name="assessment_outcome_dated"),
            models.CheckConstraint(condition=Q(recorded_directly=False) | ~Q(outcome=""),
                                   name="assessment_direct_record_has_outcome"),
            models.CheckConstraint(condition=Q(recorded_directly=True) | Q(plan__isnull=False),
                                   name="assessment_graded_by_plan"),
        ]
        indexes = [models.Index(fields=["outcome", "outcome_date"],
                                name="assessment_outcome_idx")]

    def __str__(self) -> str:
        return f"EPA attempt {self.number} of {self.apprenticeship_id} ({self.status})"


class MethodStatus(models.TextChoices):
    AWAITING_BOOKING = "awaiting_booking", "Awaiting booking"
    BOOKED = "booked", "Booked"
    GRADED = "graded", "Graded: every criterion judged"
    CARRIED = "carried", "Carried: passed in an earlier attempt"
    CANCELLED = "cancelled", "Cancelled: the apprentice withdrew before it was taken"


class MethodAssessment(models.Model):
    """One assessment method within an attempt: its booking, assessor, judgements and grade."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE,
                                   related_name="methods")
    method = models.ForeignKey(AssessmentMethod, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=20, choices=MethodStatus.choices,
                              default=MethodStatus.AWAITING_BOOKING)
    scheduled_at = models.DateTimeField(null=True, blank=True)
    location = models.CharField(max_length=300, blank=True)
    remote = models.BooleanField(default=False)
    assessor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="assigned_methods")
    excluded_assessors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="+",
        help_text="Assessors who may not assess this method again (after an upheld appeal).")
    grade = models.CharField(max_length=12, choices=Grade.choices, blank=True,
                             help_text="Computed from the judgements; never entered.")
    unmet_criteria = models.JSONField(default=list, blank=True)
    qa_grade = models.CharField(max_length=12, choices=Grade.choices, blank=True,
                                help_text="The quality assurer's change of grade, if any.")
    qa_reason = models.TextField(blank=True)
    carried_from = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+")

    class Meta:
        ordering = ["assessment", "method__order", "method__code"]
        constraints = [
            models.UniqueConstraint(fields=["assessment", "method"],
                                    name="method_assessment_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.method.code} ({self.status})"

    @property
    def final_grade(self) -> str:
        return self.qa_grade or self.grade


class Judgement(models.Model):
    """The assessor's judgement of one grading criterion."""

    method_assessment = models.ForeignKey(MethodAssessment, on_delete=models.CASCADE,
                                          related_name="judgements")
    criterion = models.ForeignKey(GradingCriterion, on_delete=models.PROTECT, related_name="+")
    met = models.BooleanField()
    evidence_note = models.TextField(blank=True)
    ksbs_observed = models.ManyToManyField("standards.KSB", blank=True, related_name="+")
    recorded_by = models.CharField(max_length=200)
    recorded_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1, validators=[MaxValueValidator(VERSION_MAX)])

    class Meta:
        ordering = ["method_assessment", "criterion_id"]
        constraints = [
            models.UniqueConstraint(fields=["method_assessment", "criterion"],
                                    name="judgement_unique_per_criterion"),
        ]

    def __str__(self) -> str:
        return f"{self.criterion.code}: {'met' if self.met else 'not met'}"


class ConflictDeclaration(models.Model):
    """An assessor's declared conflict of interest with an apprentice, provider or employer."""

    assessor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="conflict_declarations")
    epao = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE,
                             related_name="+", help_text="The EPAO the assessor works for.")
    uln = models.CharField("ULN", max_length=10, blank=True,
                           help_text="The apprentice, by ULN (whether or not known here).")
    organisation = models.ForeignKey("organisations.Organisation", null=True, blank=True,
                                     on_delete=models.CASCADE, related_name="+",
                                     help_text="A provider or employer.")
    reason = models.TextField()
    declared_by = models.CharField(max_length=200)
    declared_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["epao", "assessor", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(~Q(uln="") & Q(organisation__isnull=True))
                | (Q(uln="") & Q(organisation__isnull=False)),
                name="conflict_declaration_names_one_party"),
        ]

    def __str__(self) -> str:
        return f"{self.assessor} conflicted with {self.uln or self.organisation}"


class AppealStatus(models.TextChoices):
    LODGED = "lodged", "Lodged"
    UPHELD = "upheld", "Upheld"
    DISMISSED = "dismissed", "Dismissed"


class Appeal(models.Model):
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="appeals")
    method = models.ForeignKey(AssessmentMethod, on_delete=models.PROTECT, related_name="+",
                               help_text="The method whose grade is appealed.")
    grounds = models.TextField()
    lodged_by = models.CharField(max_length=200)
    lodged_by_organisation = models.ForeignKey("organisations.Organisation",
                                               on_delete=models.PROTECT, related_name="+")
    lodged_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=AppealStatus.choices,
                              default=AppealStatus.LODGED)
    decided_by = models.CharField(max_length=200, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["assessment", "lodged_at", "id"]

    def __str__(self) -> str:
        return f"Appeal on {self.method.code} ({self.status})"
