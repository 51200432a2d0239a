"""Assessment plans: how an EPAO assesses and grades a standard version.

A plan has assessment methods (each with its grading criteria, which cite KSBs) and a grading
matrix that turns the methods' grades into the overall EPA grade. It also carries the policy
the EPAO applies: the EPA period, resit and retake windows, attempt limits and the appeal
window. A plan is owned by an EPAO, or shared (no owner) such as the shipped example.

A plan is validated as a whole by ``services.plan_errors``; ``AssessmentPlan.clean`` checks the
plan's own fields for the admin.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from epa.domain import VERSION_MAX


class Grade(models.TextChoices):
    FAIL = "fail", "Fail"
    PASS = "pass", "Pass"
    DISTINCTION = "distinction", "Distinction"


class GradeScale(models.TextChoices):
    FAIL_PASS_DISTINCTION = "fail_pass_distinction", "Fail, pass, distinction"
    FAIL_PASS = "fail_pass", "Fail, pass"


# The grades a method on each scale can be given, lowest first.
SCALE_GRADES: dict[str, tuple[str, ...]] = {
    GradeScale.FAIL_PASS_DISTINCTION: (Grade.FAIL, Grade.PASS, Grade.DISTINCTION),
    GradeScale.FAIL_PASS: (Grade.FAIL, Grade.PASS),
}


class Band(models.TextChoices):
    """The grade a criterion is needed for."""

    PASS = "pass", "Pass"
    DISTINCTION = "distinction", "Distinction"


class AssessmentPlan(models.Model):
    standard_version = models.ForeignKey(
        "standards.StandardVersion", on_delete=models.PROTECT, related_name="assessment_plans",
        help_text="The standard version the plan assesses.",
    )
    owner = models.ForeignKey(
        "organisations.Organisation", null=True, blank=True, on_delete=models.CASCADE,
        related_name="assessment_plans",
        help_text="The EPAO whose plan this is; empty for a shared plan (such as the example).",
    )
    version = models.PositiveIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(VERSION_MAX)],
        help_text="Version of the plan, from 1, per standard version and owner. A plan in use "
                  "is never changed in ways that alter grades: a new version is published.",
    )
    title = models.CharField(max_length=255)
    note = models.TextField(blank=True, help_text="Notes on the plan, e.g. its source.")
    is_example = models.BooleanField(
        default=False, help_text="An example configuration, not an official assessment plan.",
    )
    epa_period_days = models.PositiveIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text="Days from passing gateway within which the EPA is completed.",
    )
    resit_window_days = models.PositiveIntegerField(
        validators=[MaxValueValidator(3650)],
        help_text="Days from the failed result within which a resit (no further learning) is "
                  "taken.",
    )
    retake_window_days = models.PositiveIntegerField(
        validators=[MaxValueValidator(3650)],
        help_text="Days from the failed result within which a retake (after further learning) "
                  "is taken.",
    )
    cap_resit_grade_at_pass = models.BooleanField(
        default=True,
        help_text="A resit or retake is graded at most pass, unless exceptional circumstances "
                  "are recorded.",
    )
    max_attempts = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text="Attempts allowed in total (the first included); empty for no limit.",
    )
    appeal_window_days = models.PositiveIntegerField(
        default=31, validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text="Days from the result within which an appeal is lodged.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["standard_version", "owner", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["standard_version", "owner", "version"], condition=Q(owner__isnull=False),
                name="assessment_plan_version_unique_per_owner",
            ),
            # NULLs are distinct in a unique index: shared plans need their own constraint.
            models.UniqueConstraint(
                fields=["standard_version", "version"], condition=Q(owner__isnull=True),
                name="assessment_plan_version_unique_shared",
            ),
            models.CheckConstraint(condition=Q(version__gte=1),
                                   name="assessment_plan_version_positive"),
            models.CheckConstraint(condition=Q(epa_period_days__gte=1),
                                   name="assessment_plan_epa_period_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.title} (v{self.version})"

    def clean(self) -> None:
        from epa.assessments.services import plan_field_errors
        from epa.learners.services import raise_field_errors

        if self.standard_version_id is None:
            return  # the field's own "required" error says it
        raise_field_errors(plan_field_errors(
            standard_version=self.standard_version, owner=self.owner))


class AssessmentMethod(models.Model):
    plan = models.ForeignKey(AssessmentPlan, on_delete=models.CASCADE, related_name="methods")
    code = models.CharField(max_length=10, help_text="Short code within the plan, e.g. M1.")
    name = models.CharField(max_length=255)
    order = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(999)],
                                             help_text="Position in the plan.")
    typical_duration_minutes = models.PositiveIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(100_000)],
        help_text="Typical duration of the method (its assessed part), in minutes.",
    )
    grade_scale = models.CharField(max_length=24, choices=GradeScale.choices)
    option = models.ForeignKey(
        "standards.Option", null=True, blank=True, on_delete=models.PROTECT,
        related_name="assessment_methods",
        help_text="The option the method is for; empty when it applies to every option.",
    )
    underpinned_by_portfolio = models.BooleanField(
        default=False,
        help_text="The method draws on the apprentice's portfolio of evidence, which gateway "
                  "then checks covers the method's KSBs.",
    )

    class Meta:
        ordering = ["plan", "order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="assessment_method_code_unique"),
            models.CheckConstraint(condition=Q(grade_scale__in=GradeScale.values),
                                   name="assessment_method_grade_scale_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def grades(self) -> tuple[str, ...]:
        return SCALE_GRADES[self.grade_scale]


class GradingCriterion(models.Model):
    method = models.ForeignKey(AssessmentMethod, on_delete=models.CASCADE,
                               related_name="criteria")
    code = models.CharField(max_length=10, help_text="Short code within the method, e.g. PR1.")
    band = models.CharField(max_length=12, choices=Band.choices)
    descriptor = models.TextField(help_text="What the apprentice shows to meet the criterion.")
    ksbs = models.ManyToManyField("standards.KSB", related_name="grading_criteria", blank=True)

    class Meta:
        verbose_name_plural = "grading criteria"
        ordering = ["method", "id"]
        constraints = [
            models.UniqueConstraint(fields=["method", "code"],
                                    name="grading_criterion_code_unique"),
            models.CheckConstraint(condition=Q(band__in=Band.values),
                                   name="grading_criterion_band_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.code} ({self.band})"


class GradingMatrixRow(models.Model):
    """One combination of method grades and the overall grade it gives."""

    plan = models.ForeignKey(AssessmentPlan, on_delete=models.CASCADE,
                             related_name="matrix_rows")
    method_grades = models.JSONField(help_text='Grade per method code, e.g. {"M1": "pass"}.')
    overall_grade = models.CharField(max_length=12, choices=Grade.choices)

    class Meta:
        ordering = ["plan", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(overall_grade__in=Grade.values),
                                   name="grading_matrix_overall_grade_valid"),
        ]

    def __str__(self) -> str:
        grades = ", ".join(f"{code} {grade}" for code, grade in self.method_grades.items())
        return f"{grades} -> {self.overall_grade}"


# -- the end-point assessment of one apprentice ---------------------------------------------

class AssessmentKind(models.TextChoices):
    FIRST = "first", "First attempt"
    RESIT = "resit", "Resit (no further learning)"
    RETAKE = "retake", "Retake (after further learning)"


class AssessmentStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", "In progress: booking and assessing"
    PROVISIONAL = "provisional", "Provisional: every method graded, with quality assurance"
    RELEASED = "released", "Released: confirmed by quality assurance"


class Assessment(models.Model):
    """One attempt at the EPA of an apprenticeship, graded by the plan it started under."""

    apprenticeship = models.ForeignKey("learners.Apprenticeship", on_delete=models.PROTECT,
                                       related_name="assessments")
    plan = models.ForeignKey(AssessmentPlan, on_delete=models.PROTECT,
                             related_name="assessments")
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
        ]

    def __str__(self) -> str:
        return f"EPA attempt {self.number} of {self.apprenticeship_id} ({self.status})"


class MethodStatus(models.TextChoices):
    AWAITING_BOOKING = "awaiting_booking", "Awaiting booking"
    BOOKED = "booked", "Booked"
    GRADED = "graded", "Graded: every criterion judged"
    CARRIED = "carried", "Carried: passed in an earlier attempt"


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
