"""Certificate requests: after a released (or recorded) pass, the EPAO asks DfE for the
apprentice's certificate. One per apprenticeship, in the shape of the DfE "Record a grade"
API; its reference (8 digits) is the apprenticeship's and survives a deletion.

The rules of a certificate live in ``epa.certificates.services``; the model holds the data and
its constraints.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q

from epa.core.errors import VERSION_MAX
from epa.plans.models import DfeGrade


class CertificateStatus(models.TextChoices):
    DRAFT = "draft", "Draft: some mandatory data missing"
    READY = "ready", "Ready: every mandatory field given, to be submitted"
    SUBMITTED = "submitted", "Submitted: requested from DfE"
    DELETED = "deleted", "Deleted before submission (keeps its reference)"


class Certificate(models.Model):
    apprenticeship = models.OneToOneField("learners.Apprenticeship", on_delete=models.PROTECT,
                                          related_name="certificate")
    epao = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT,
                             related_name="+", help_text="The EPAO that requested it.")
    reference = models.CharField(
        max_length=8, unique=True,
        help_text="Certificate reference: 8 digits, zero-padded (DfE's certificateReference "
                  "and epaReference).")
    status = models.CharField(max_length=10, choices=CertificateStatus.choices,
                              default=CertificateStatus.DRAFT)
    uln = models.CharField("ULN", max_length=10)
    given_names = models.CharField(max_length=200)
    family_name = models.CharField(max_length=200)
    standard_reference = models.CharField(max_length=6)
    lars_code = models.PositiveIntegerField(null=True, blank=True,
                                            validators=[MaxValueValidator(999_999)])
    standard_title = models.CharField(max_length=255)
    level = models.PositiveSmallIntegerField(validators=[MaxValueValidator(8)])
    standard_version = models.CharField(max_length=11, help_text="The version, e.g. 1.0.")
    option = models.CharField(max_length=255, blank=True,
                              help_text="The course option, in the catalogue's casing.")
    overall_grade = models.CharField(max_length=24, choices=DfeGrade.choices, blank=True,
                                     help_text="The overall grade by its DfE name.")
    achievement_date = models.DateField(null=True, blank=True)
    learning_start_date = models.DateField()
    provider_ukprn = models.CharField(max_length=8)
    provider_name = models.CharField(max_length=255)
    contact_name = models.CharField(max_length=200, blank=True)
    department = models.CharField(max_length=200, blank=True)
    organisation = models.CharField(max_length=200, blank=True)
    address_line1 = models.CharField(max_length=200, blank=True)
    address_line2 = models.CharField(max_length=200, blank=True)
    address_line3 = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=100, blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.CharField(max_length=200)
    submitted_at = models.DateTimeField(null=True, blank=True)
    submitted_by = models.CharField(max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1, validators=[MaxValueValidator(VERSION_MAX)])

    class Meta:
        ordering = ["reference"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=CertificateStatus.values),
                                   name="certificate_status_valid"),
            models.CheckConstraint(condition=~Q(overall_grade=DfeGrade.FAIL),
                                   name="certificate_not_a_fail"),
            models.CheckConstraint(
                condition=~Q(status=CertificateStatus.SUBMITTED) | Q(submitted_at__isnull=False),
                name="certificate_submitted_dated"),
        ]

    def __str__(self) -> str:
        return f"Certificate {self.reference} ({self.status})"
