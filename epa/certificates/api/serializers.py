"""Certificate requests over HTTP: shapes only (the rules are in ``services``)."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiExample
from rest_framework import serializers

from epa.api.fields import StrictCharField, StrictChoiceField, StrictIntegerField
from epa.certificates.models import Certificate
from epa.learners.api.serializers import EventSerializer
from epa.plans.models import DFE_CERTIFICATE_GRADE_CHOICES


class CertificateSerializer(serializers.ModelSerializer):
    class Meta:
        model = Certificate
        fields = ["id", "reference", "apprenticeship", "epao", "status", "uln", "given_names",
                  "family_name", "standard_reference", "lars_code", "standard_title", "level",
                  "standard_version", "option", "overall_grade", "achievement_date",
                  "learning_start_date", "provider_ukprn", "provider_name", "contact_name",
                  "department", "organisation", "address_line1", "address_line2",
                  "address_line3", "city", "postcode", "created_at", "created_by",
                  "submitted_at", "submitted_by", "updated_at", "version"]
        extra_kwargs = {
            "status": {"help_text": "`draft` (mandatory data missing), `ready` (complete), "
                                    "`submitted` (requested from DfE) or `deleted`."},
            "uln": {"help_text": "The apprentice's ULN, from the learner record."},
            "given_names": {"help_text": "From the learner record."},
            "family_name": {"help_text": "From the learner record."},
            "standard_reference": {"help_text": "IfATE reference, e.g. ST0792."},
            "lars_code": {"help_text": "The standard's LARS code."},
            "standard_title": {"help_text": "The standard's title."},
            "level": {"help_text": "The standard's level."},
            "standard_version": {"help_text": "The standard version assessed, e.g. 1.0."},
            "overall_grade": {"help_text": "The overall grade by its DfE name (Pass, Credit, "
                                           "Merit, Distinction, Pass with excellence, "
                                           "Outstanding, No grade awarded)."},
            "achievement_date": {"help_text": "Not in the future, not before the learning "
                                              "start."},
            "learning_start_date": {"help_text": "The apprenticeship's start."},
            "provider_ukprn": {"help_text": "The training provider's UKPRN."},
            "provider_name": {"help_text": "The training provider's name."},
            "contact_name": {"help_text": "Who the certificate is posted to."},
            "department": {"help_text": "The contact's department."},
            "organisation": {"help_text": "The contact's organisation (needed to submit)."},
            "address_line1": {"help_text": "First line of the postal address."},
            "address_line2": {"help_text": "Second line of the postal address."},
            "address_line3": {"help_text": "Third line of the postal address."},
            "city": {"help_text": "City or town."},
            "postcode": {"help_text": "A UK postcode."},
            "created_by": {"help_text": "Who created it: a user name or an API key."},
            "submitted_at": {"help_text": "When it was submitted."},
            "submitted_by": {"help_text": "Who submitted it."},
            "version": {"help_text": "Bumped by every change; sent back as the `ETag`."},
        }


def _text(max_length: int, help_text: str) -> StrictCharField:
    return StrictCharField(max_length=max_length, required=False, allow_blank=True,
                           help_text=help_text)


class CertificateFieldsSerializer(serializers.Serializer):
    """The fields the EPAO gives (the learner, standard and provider come from the record)."""

    overall_grade = StrictChoiceField(
        choices=DFE_CERTIFICATE_GRADE_CHOICES, required=False, allow_blank=True,
        help_text="The overall grade by its DfE name; at create, the released result's when "
                  "omitted.")
    achievement_date = serializers.DateField(required=False, allow_null=True,
                                             help_text="Not in the future, nor before the "
                                                       "learning start.")
    option = _text(255, "The course option, when the version has options (the apprentice's "
                        "own wins).")
    contact_name = _text(200, "Who the certificate is posted to.")
    department = _text(200, "The contact's department.")
    organisation = _text(200, "The contact's organisation (needed to submit).")
    address_line1 = _text(200, "First line of the postal address.")
    address_line2 = _text(200, "Second line.")
    address_line3 = _text(200, "Third line.")
    city = _text(100, "City or town.")
    postcode = _text(10, "A UK postcode.")


class CertificateCreateSerializer(CertificateFieldsSerializer):
    apprenticeship = StrictIntegerField(
        min_value=1, max_value=2**63 - 1,
        help_text="An apprenticeship naming the caller's EPAO whose latest outcome is a pass.")
    family_name = _text(200, "If given, must match the apprentice's (case ignored).")
    version = _text(10, "If given, the apprentice's standard version.")


CREATE_EXAMPLE = OpenApiExample("A merit", request_only=True, value={
    "apprenticeship": 42, "overall_grade": "Merit", "achievement_date": "2026-11-30",
    "option": "Production coordinator", "contact_name": "Alex Jones", "department": "HR",
    "organisation": "Example Employer plc", "address_line1": "1 High Street",
    "city": "Coventry", "postcode": "CV1 2WT"})


class CertificateHistorySerializer(serializers.Serializer):
    certificate = serializers.IntegerField(help_text="The certificate's id.")
    reference = serializers.CharField(help_text="The certificate's reference.")
    uln = serializers.CharField(help_text="The apprentice's ULN.")
    events = EventSerializer(many=True, help_text="Oldest first.")
