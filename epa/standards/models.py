"""The apprenticeship standards catalogue.

A standard (``ST0792``) has versions (``1.0``); options, duties, KSBs and progression routes
belong to a version. Which KSBs apply to an option is derived from the duties (see
``selectors.ksbs_for_option``), never stored twice.
"""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower

REFERENCE_RE = r"^ST\d{4}$"
VERSION_RE = r"^\d+\.\d+$"

reference_validator = RegexValidator(
    REFERENCE_RE, message="A standard reference is ST followed by 4 digits, e.g. ST0792.",
    code="invalid_reference",
)


def parse_version(value: str) -> tuple[int, int]:
    """``"1.2"`` -> ``(1, 2)``; raises ``ValueError`` for anything else (``int`` refuses
    digits ``str.isdigit`` allows, such as ``²``: ``isdecimal`` is its test)."""
    major, _, minor = str(value).strip().partition(".")
    if not (major.isdecimal() and minor.isdecimal()):
        raise ValueError(f"{value!r} is not a version number such as 1.0")
    return int(major), int(minor)


class StandardStatus(models.TextChoices):
    PROPOSAL = "proposal_in_development", "Proposal in development"
    IN_DEVELOPMENT = "in_development", "In development"
    APPROVED = "approved_for_delivery", "Approved for delivery"
    RETIRED = "retired", "Retired"
    WITHDRAWN = "withdrawn", "Withdrawn"


class KSBKind(models.TextChoices):
    KNOWLEDGE = "knowledge", "Knowledge"
    SKILL = "skill", "Skill"
    BEHAVIOUR = "behaviour", "Behaviour"


KSB_PREFIX = {KSBKind.KNOWLEDGE: "K", KSBKind.SKILL: "S", KSBKind.BEHAVIOUR: "B"}
KSB_KIND_BY_PREFIX = {prefix: kind for kind, prefix in KSB_PREFIX.items()}


class Standard(models.Model):
    reference = models.CharField(
        max_length=6, unique=True, validators=[reference_validator],
        help_text="Reference number: ST followed by 4 digits, e.g. ST0792.",
    )
    title = models.CharField(max_length=255)
    level = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(2), MaxValueValidator(7)],
        help_text="Level of the occupation, 2 to 7.",
    )
    route = models.CharField(max_length=120, blank=True, help_text="Occupational route.")
    status = models.CharField(
        max_length=32, choices=StandardStatus.choices, default=StandardStatus.APPROVED
    )
    lars_code = models.PositiveIntegerField(
        null=True, blank=True, unique=True, validators=[MaxValueValidator(99999)],
        help_text="LARS standard code, where known."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["reference"]
        constraints = [
            models.CheckConstraint(
                condition=Q(level__gte=2) & Q(level__lte=7), name="standard_level_2_to_7"
            ),
            models.CheckConstraint(
                condition=Q(status__in=StandardStatus.values), name="standard_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.title} (L{self.level})"


class StandardVersion(models.Model):
    standard = models.ForeignKey(Standard, on_delete=models.CASCADE, related_name="versions")
    major = models.PositiveSmallIntegerField(validators=[MaxValueValidator(9999)])
    minor = models.PositiveSmallIntegerField(validators=[MaxValueValidator(9999)])
    status = models.CharField(
        max_length=32, choices=StandardStatus.choices, default=StandardStatus.APPROVED
    )
    approved_on = models.DateField(
        null=True, blank=True, help_text="Date approved for delivery, where known."
    )
    typical_duration_months = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(120)]
    )
    epa_period_months = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(36)],
        help_text="Length of the end-point assessment period in months, where known.",
    )
    min_off_the_job_hours = models.PositiveIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(10000)],
        help_text="The published minimum off-the-job training hours (for starts from "
                  "1 August 2025), where the version has one.",
    )
    core_and_options = models.BooleanField(default=False)
    entry_requirements = models.TextField(
        blank=True, help_text="Statutory or typical entry requirements, if any."
    )
    english_maths_requirements = models.TextField(blank=True)
    typical_job_titles = models.JSONField(default=list, blank=True)
    involved_employers = models.JSONField(default=list, blank=True)
    assessment_plan_url = models.URLField(blank=True, max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["standard__reference", "-major", "-minor"]
        constraints = [
            models.UniqueConstraint(
                fields=["standard", "major", "minor"], name="standard_version_unique"
            ),
            models.CheckConstraint(
                condition=Q(status__in=StandardStatus.values),
                name="standard_version_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.standard.reference} v{self.version}"

    @property
    def version(self) -> str:
        return f"{self.major}.{self.minor}"


class Option(models.Model):
    version = models.ForeignKey(StandardVersion, on_delete=models.CASCADE, related_name="options")
    title = models.CharField(max_length=255)
    external_id = models.CharField(
        max_length=64, blank=True,
        help_text="Identifier of the option in the Skills England standards API, if imported.",
    )
    position = models.PositiveSmallIntegerField(default=0,
                                                validators=[MaxValueValidator(999)])

    class Meta:
        ordering = ["version", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                "version", Lower("title"), name="option_title_unique_per_version"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class KSB(models.Model):
    version = models.ForeignKey(StandardVersion, on_delete=models.CASCADE, related_name="ksbs")
    kind = models.CharField(max_length=12, choices=KSBKind.choices)
    number = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(999)]
    )
    code = models.CharField(
        max_length=6, editable=False, help_text="K, S or B followed by the number, e.g. K17."
    )
    text = models.TextField()
    external_id = models.CharField(
        max_length=64, blank=True,
        help_text="Identifier of the KSB in the Skills England standards API, if imported.",
    )

    class Meta:
        verbose_name = "KSB"
        verbose_name_plural = "KSBs"
        ordering = [
            "version",
            models.Case(
                models.When(kind=KSBKind.KNOWLEDGE, then=0),
                models.When(kind=KSBKind.SKILL, then=1),
                default=2,
            ),
            "number",
        ]
        constraints = [
            models.UniqueConstraint(fields=["version", "code"], name="ksb_code_unique_per_version"),
            models.UniqueConstraint(
                fields=["version", "kind", "number"], name="ksb_number_unique_per_version"
            ),
            models.CheckConstraint(condition=Q(number__gte=1), name="ksb_number_positive"),
            models.CheckConstraint(
                condition=(
                    Q(kind=KSBKind.KNOWLEDGE, code__startswith="K")
                    | Q(kind=KSBKind.SKILL, code__startswith="S")
                    | Q(kind=KSBKind.BEHAVIOUR, code__startswith="B")
                ),
                name="ksb_code_matches_kind",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code}: {self.text[:60]}"

    def save(self, *args, **kwargs) -> None:
        self.code = f"{KSB_PREFIX[self.kind]}{self.number}"
        super().save(*args, **kwargs)


class Duty(models.Model):
    version = models.ForeignKey(StandardVersion, on_delete=models.CASCADE, related_name="duties")
    number = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(999)]
    )
    text = models.TextField()
    option = models.ForeignKey(
        Option, null=True, blank=True, on_delete=models.CASCADE, related_name="duties",
        help_text="The option this duty belongs to; empty for a core duty.",
    )
    external_id = models.CharField(
        max_length=64, blank=True,
        help_text="Identifier of the duty in the Skills England standards API, if imported.",
    )
    ksbs = models.ManyToManyField(KSB, related_name="duties", blank=True)

    class Meta:
        verbose_name_plural = "duties"
        ordering = ["version", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "number"], name="duty_number_unique_per_version"
            ),
            models.CheckConstraint(condition=Q(number__gte=1), name="duty_number_positive"),
        ]

    def __str__(self) -> str:
        return f"Duty {self.number}"

    @property
    def is_core(self) -> bool:
        return self.option_id is None

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.option_id and self.option.version_id != self.version_id:
            raise ValidationError(
                {"option": "The option must belong to the same standard version as the duty."},
                code="option_version_mismatch",
            )


class ProgressionRoute(models.Model):
    """A route onward from a standard version; the target need not be loaded."""

    version = models.ForeignKey(
        StandardVersion, on_delete=models.CASCADE, related_name="progression_routes"
    )
    to_reference = models.CharField(max_length=6, validators=[reference_validator])
    to_title = models.CharField(max_length=255)
    to_level = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(2), MaxValueValidator(7)]
    )
    to_version = models.CharField(
        max_length=10, blank=True,
        validators=[RegexValidator(VERSION_RE, message="A version such as 1.0.")],
    )

    class Meta:
        ordering = ["version", "to_reference"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "to_reference"], name="progression_unique_per_version"
            ),
        ]

    def __str__(self) -> str:
        return f"-> {self.to_reference} {self.to_title}"
