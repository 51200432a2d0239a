"""Organisations (EPAOs, training providers, employers), people's roles in them, API keys."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone


class OrganisationKind(models.TextChoices):
    EPAO = "epao", "End-point assessment organisation"
    PROVIDER = "provider", "Training provider"
    EMPLOYER = "employer", "Employer"


class Role(models.TextChoices):
    ADMIN = "admin", "Admin"
    ASSESSOR = "assessor", "Assessor"
    QUALITY_ASSURER = "quality_assurer", "Quality assurer"
    STAFF = "staff", "Staff"


ROLES_BY_KIND: dict[str, frozenset[str]] = {
    OrganisationKind.EPAO: frozenset({Role.ADMIN, Role.ASSESSOR, Role.QUALITY_ASSURER}),
    OrganisationKind.PROVIDER: frozenset({Role.ADMIN, Role.STAFF}),
    OrganisationKind.EMPLOYER: frozenset({Role.ADMIN, Role.STAFF}),
}

EPAO_ID_VALIDATOR = RegexValidator(
    r"^EPA\d{4}$", "An EPAO identifier is EPA followed by 4 digits, e.g. EPA0042.",
    code="invalid_epao_id",
)
UKPRN_VALIDATOR = RegexValidator(
    r"^[1-9]\d{7}$", "A UKPRN is 8 digits from 10000000 to 99999999.", code="invalid_ukprn"
)


class Organisation(models.Model):
    kind = models.CharField(max_length=10, choices=OrganisationKind.choices)
    name = models.CharField(max_length=255)
    identifier = models.CharField(
        max_length=20, blank=True,
        help_text="EPAO: EPA + 4 digits. Provider: UKPRN (8 digits). Employer: optional.",
    )
    approved_standards = models.ManyToManyField(
        "standards.Standard", through="EPAOApproval", related_name="approved_epaos", blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "identifier"], condition=~Q(identifier=""),
                name="organisation_identifier_unique_per_kind",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=OrganisationKind.values), name="organisation_kind_valid"
            ),
            models.CheckConstraint(
                condition=~Q(kind__in=[OrganisationKind.EPAO, OrganisationKind.PROVIDER])
                | ~Q(identifier=""),
                name="organisation_identifier_required",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.identifier or self.get_kind_display()})"

    def clean(self) -> None:
        validator = {
            OrganisationKind.EPAO: EPAO_ID_VALIDATOR,
            OrganisationKind.PROVIDER: UKPRN_VALIDATOR,
        }.get(self.kind)
        if validator is not None:
            if not self.identifier:
                raise ValidationError({"identifier": "This organisation needs an identifier."},
                                      code="required")
            try:
                validator(self.identifier)
            except ValidationError as exc:
                raise ValidationError({"identifier": exc.messages}, code=exc.code) from exc


class EPAOApproval(models.Model):
    """An EPAO is approved to assess a standard: all its versions, or the ones listed."""

    epao = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="approvals")
    standard = models.ForeignKey("standards.Standard", on_delete=models.CASCADE)
    versions = models.ManyToManyField(
        "standards.StandardVersion", blank=True,
        help_text="Leave empty for every version of the standard.",
    )

    class Meta:
        verbose_name = "EPAO approval"
        constraints = [
            models.UniqueConstraint(fields=["epao", "standard"], name="epao_approval_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.epao} approved for {self.standard.reference}"

    def clean(self) -> None:
        if self.epao_id and self.epao.kind != OrganisationKind.EPAO:
            raise ValidationError({"epao": "Only an EPAO can be approved for a standard."},
                                  code="not_an_epao")


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="memberships")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE,
                                     related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices)

    class Meta:
        ordering = ["organisation", "user", "role"]
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation", "role"],
                                    name="membership_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user} - {self.role} at {self.organisation}"

    def clean(self) -> None:
        if self.organisation_id and self.role not in ROLES_BY_KIND[self.organisation.kind]:
            allowed = ", ".join(sorted(ROLES_BY_KIND[self.organisation.kind]))
            raise ValidationError(
                {"role": f"A {self.organisation.get_kind_display()} has roles: {allowed}."},
                code="invalid_role",
            )


class Scope(models.TextChoices):
    READ = "read", "Read"
    WRITE = "write", "Write"


class ApiKey(models.Model):
    """A client's key. Only a hash is stored; the key is shown once, at creation.

    An organisation's key acts for the organisation as an admin would; a personal key acts as
    its person, with their roles in the organisation (an assessor's client, say)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE,
                                     related_name="api_keys")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                             on_delete=models.CASCADE, related_name="personal_api_keys",
                             help_text="For a personal key: the person it acts as.")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=16, unique=True, editable=False)
    key_hash = models.CharField(max_length=64, editable=False)
    scopes = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    last_used_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "API key"
        ordering = ["organisation", "-created_at", "id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def personal(self) -> bool:
        return self.user_id is not None

    @property
    def is_active(self) -> bool:
        now = timezone.now()
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)
