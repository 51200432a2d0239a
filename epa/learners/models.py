"""Learners (people, by ULN) and their apprenticeships on a standard version.

The rules of a record live in ``epa.learners.services`` (every write goes through them, the
admin's included: ``epa.learners.admin``); the models hold the data and its constraints.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q


class ApprenticeshipStatus(models.TextChoices):
    IN_TRAINING = "in_training", "In training"
    ON_BREAK = "on_break", "On a break in learning"
    FURTHER_LEARNING = "further_learning", "Further learning before a retake"
    GATEWAY_IN_PROGRESS = "gateway_in_progress", "Gateway in progress"
    GATEWAY_PASSED = "gateway_passed", "Gateway passed"
    GATEWAY_FAILED = "gateway_failed", "Gateway failed"
    EPA_BOOKED = "epa_booked", "EPA booked"
    EPA_IN_PROGRESS = "epa_in_progress", "EPA in progress"
    RESULT_PROVISIONAL = "result_provisional", "Result provisional"
    RESULT_CONFIRMED = "result_confirmed", "Result confirmed: a fail with an attempt left"
    ACHIEVED = "achieved", "Achieved: a released pass or better"
    FAILED = "failed", "Failed with no attempt left"
    CERTIFICATE_REQUESTED = "certificate_requested", "Certificate requested"
    CERTIFICATE_ISSUED = "certificate_issued", "Certificate issued"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Learner(models.Model):
    uln = models.CharField("ULN", max_length=10, unique=True,
                           help_text="Unique learner number: 10 digits with a check digit.")
    given_names = models.CharField(max_length=200)
    family_name = models.CharField(max_length=200)
    date_of_birth = models.DateField()
    email = models.EmailField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering = ["family_name", "given_names", "id"]
        # The learner list's order (keyset pages): see LearnerViewSet.
        indexes = [models.Index(fields=["family_name", "given_names", "id"],
                                name="learner_list_idx")]

    def __str__(self) -> str:
        return f"{self.given_names} {self.family_name} ({self.uln})"


class Apprenticeship(models.Model):
    learner = models.ForeignKey(Learner, on_delete=models.PROTECT,
                                related_name="apprenticeships")
    standard = models.ForeignKey("standards.Standard", on_delete=models.PROTECT,
                                 related_name="+")
    standard_version = models.ForeignKey("standards.StandardVersion", on_delete=models.PROTECT,
                                         related_name="apprenticeships")
    option = models.ForeignKey("standards.Option", null=True, blank=True,
                               on_delete=models.PROTECT, related_name="apprenticeships")
    # No index of their own: the list indexes below lead with each party (and the unique
    # constraint with the provider).
    provider = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT,
                                 related_name="delivered_apprenticeships", db_index=False)
    employer = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT,
                                 related_name="employed_apprenticeships", db_index=False)
    epao = models.ForeignKey("organisations.Organisation", null=True, blank=True,
                             on_delete=models.PROTECT, related_name="assessed_apprenticeships",
                             db_index=False)
    start_date = models.DateField()
    planned_end_date = models.DateField()
    planned_otj_hours = models.PositiveIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(10000)],
        help_text="Planned off-the-job training hours.",
    )
    has_ehc_plan = models.BooleanField(
        default=False, help_text="Education, health and care plan or legacy statement."
    )
    status = models.CharField(max_length=24, choices=ApprenticeshipStatus.choices,
                              default=ApprenticeshipStatus.IN_TRAINING)
    progressed_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="progressed_to",
        help_text="The achieved apprenticeship this one progresses from.")
    # Defaults in the database too: the sync's set-based INSERT names only the columns it sets.
    prior_learning_hours = models.PositiveIntegerField(
        default=0, db_default=0, validators=[MaxValueValidator(10000)],
        help_text="Recognised prior learning, in off-the-job hours (on progression).")
    prior_learning_note = models.TextField(blank=True, default="", db_default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)  # indexed by apprenticeship_sync_idx

    class Meta:
        ordering = ["-start_date", "id"]
        constraints = [
            models.UniqueConstraint(fields=["provider", "learner", "standard"],
                                    name="apprenticeship_unique_per_provider_learner_standard"),
            models.CheckConstraint(condition=Q(planned_end_date__gt=F("start_date")),
                                   name="apprenticeship_end_after_start"),
            models.CheckConstraint(condition=Q(status__in=ApprenticeshipStatus.values),
                                   name="apprenticeship_status_valid"),
        ]
        # Each list's order after each party's tenancy column, so that a provider's, an
        # employer's or an EPAO's page is read in order from an index, never sorted: the list
        # (-start_date, id) and the change feed (updated_at, id). The feed of a caller with no
        # party column (the system) uses apprenticeship_sync_idx.
        indexes = [
            models.Index(fields=["updated_at", "id"], name="apprenticeship_sync_idx"),
            *(models.Index(fields=[party, "-start_date", "id"], name=f"appr_{party}_list_idx")
              for party in ("provider", "employer", "epao")),
            *(models.Index(fields=[party, "updated_at", "id"], name=f"appr_{party}_feed_idx")
              for party in ("provider", "employer", "epao")),
        ]

    def __str__(self) -> str:
        return f"{self.learner.uln} on {self.standard_version}"


class AchievementSubject(models.TextChoices):
    ENGLISH = "english", "English"
    MATHS = "maths", "Maths"


class QualificationType(models.TextChoices):
    GCSE = "gcse", "GCSE"
    FUNCTIONAL_SKILLS = "functional_skills", "Functional skills"
    BSL = "bsl", "British Sign Language"
    ENTRY_LEVEL_3 = "entry_level_3", "Entry level 3"
    OTHER = "other", "Other equivalent"


class Achievement(models.Model):
    """An English or maths achievement of the apprentice, for the gateway."""

    apprenticeship = models.ForeignKey(Apprenticeship, on_delete=models.CASCADE,
                                       related_name="achievements")
    subject = models.CharField(max_length=10, choices=AchievementSubject.choices)
    level = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(0), MaxValueValidator(3)],
        help_text="0 for Entry Level 3, otherwise the level (1, 2 or 3 and above).",
    )
    qualification_type = models.CharField(max_length=20, choices=QualificationType.choices)
    achieved_on = models.DateField()
    evidence_reference = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["apprenticeship", "subject", "achieved_on", "id"]

    def __str__(self) -> str:
        return f"{self.get_subject_display()} level {self.level} ({self.qualification_type})"
