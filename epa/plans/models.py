"""Assessment plans: how an EPAO assesses and grades a standard version.

A plan has assessment methods (each with its grading criteria, which cite KSBs) and a grading
matrix that turns the methods' grades into the overall EPA grade. It also carries the policy
the EPAO applies: the EPA period, resit and retake windows, attempt limits and the appeal
window. A plan is owned by an EPAO, or shared (no owner) such as the shipped example.

A plan is validated as a whole, its owner included, by ``services.plan_errors``: the models
hold the data and its field validators and constraints, and import no services.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from epa.core.errors import VERSION_MAX


class Grade(models.TextChoices):
    """A plan's grades (of a method, and overall), lowest first."""

    FAIL = "fail", "Fail"
    PASS = "pass", "Pass"
    CREDIT = "credit", "Credit"
    MERIT = "merit", "Merit"
    DISTINCTION = "distinction", "Distinction"
    EXCELLENCE = "excellence", "Pass with excellence"
    OUTSTANDING = "outstanding", "Outstanding"


# Every grade's rank: a higher grade is a better result.
GRADE_RANK: dict[str, int] = {grade: rank for rank, grade in enumerate(Grade.values)}


class GradeScale(models.TextChoices):
    FAIL_PASS_DISTINCTION = "fail_pass_distinction", "Fail, pass, distinction"
    FAIL_PASS = "fail_pass", "Fail, pass"
    FAIL_PASS_MERIT_DISTINCTION = "fail_pass_merit_distinction", "Fail, pass, merit, distinction"
    FAIL_PASS_CREDIT_MERIT_DISTINCTION = ("fail_pass_credit_merit_distinction",
                                          "Fail, pass, credit, merit, distinction")
    FAIL_PASS_EXCELLENCE = "fail_pass_excellence", "Fail, pass, pass with excellence"
    FAIL_PASS_DISTINCTION_OUTSTANDING = ("fail_pass_distinction_outstanding",
                                         "Fail, pass, distinction, outstanding")


# The grades a method on each scale can be given, lowest first.
SCALE_GRADES: dict[str, tuple[str, ...]] = {
    GradeScale.FAIL_PASS_DISTINCTION: (Grade.FAIL, Grade.PASS, Grade.DISTINCTION),
    GradeScale.FAIL_PASS: (Grade.FAIL, Grade.PASS),
    GradeScale.FAIL_PASS_MERIT_DISTINCTION: (Grade.FAIL, Grade.PASS, Grade.MERIT,
                                             Grade.DISTINCTION),
    GradeScale.FAIL_PASS_CREDIT_MERIT_DISTINCTION: (Grade.FAIL, Grade.PASS, Grade.CREDIT,
                                                    Grade.MERIT, Grade.DISTINCTION),
    GradeScale.FAIL_PASS_EXCELLENCE: (Grade.FAIL, Grade.PASS, Grade.EXCELLENCE),
    GradeScale.FAIL_PASS_DISTINCTION_OUTSTANDING: (Grade.FAIL, Grade.PASS, Grade.DISTINCTION,
                                                   Grade.OUTSTANDING),
}


class Band(models.TextChoices):
    """The grade a criterion is needed for: pass, or a grade above it on the method's scale."""

    PASS = "pass", "Pass"
    CREDIT = "credit", "Credit"
    MERIT = "merit", "Merit"
    DISTINCTION = "distinction", "Distinction"
    EXCELLENCE = "excellence", "Pass with excellence"
    OUTSTANDING = "outstanding", "Outstanding"


class DfeGrade(models.TextChoices):
    """The grade names of the DfE certificate service (its ``overallGrade``). ``Fail`` is set
    for a failed outcome only; a certificate takes one of ``DFE_CERTIFICATE_GRADES``."""

    PASS = "Pass", "Pass"
    CREDIT = "Credit", "Credit"
    MERIT = "Merit", "Merit"
    DISTINCTION = "Distinction", "Distinction"
    PASS_WITH_EXCELLENCE = "Pass with excellence", "Pass with excellence"
    OUTSTANDING = "Outstanding", "Outstanding"
    NO_GRADE_AWARDED = "No grade awarded", "No grade awarded"
    FAIL = "Fail", "Fail"


# The grades a certificate may carry, in the DfE service's order.
DFE_CERTIFICATE_GRADES: tuple[str, ...] = (
    DfeGrade.PASS, DfeGrade.CREDIT, DfeGrade.MERIT, DfeGrade.DISTINCTION,
    DfeGrade.PASS_WITH_EXCELLENCE, DfeGrade.OUTSTANDING, DfeGrade.NO_GRADE_AWARDED)
DFE_CERTIFICATE_GRADE_CHOICES: list[tuple[str, str]] = [(g, g) for g in DFE_CERTIFICATE_GRADES]

# A plan's grade as DfE names it, unless the plan maps it otherwise (``dfe_grades``).
DEFAULT_DFE_GRADES: dict[str, str] = {
    Grade.FAIL: DfeGrade.FAIL, Grade.PASS: DfeGrade.PASS, Grade.CREDIT: DfeGrade.CREDIT,
    Grade.MERIT: DfeGrade.MERIT, Grade.DISTINCTION: DfeGrade.DISTINCTION,
    Grade.EXCELLENCE: DfeGrade.PASS_WITH_EXCELLENCE, Grade.OUTSTANDING: DfeGrade.OUTSTANDING,
}


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
    dfe_grades = models.JSONField(
        default=dict, blank=True,
        help_text='How the plan\'s overall grades are named on a DfE certificate, where they '
                  'differ from the default (fail: Fail, pass: Pass, merit: Merit, distinction: '
                  'Distinction, excellence: Pass with excellence, ...), e.g. '
                  '{"pass": "No grade awarded"} for an ungraded standard.',
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
    grade_scale = models.CharField(max_length=40, choices=GradeScale.choices)
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
