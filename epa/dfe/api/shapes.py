"""DfE's response shapes from native records: camelCase, dates without milliseconds or offset,
default values left out (``null``, ``0``, ``false``), as DfE's service answers."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from epa.assessments.models import Assessment, AssessmentKind, Outcome
from epa.certificates.models import Certificate, CertificateStatus
from epa.learners.models import Apprenticeship, ApprenticeshipStatus

STATUS_NAMES = {CertificateStatus.DRAFT: "Draft", CertificateStatus.READY: "Ready",
                CertificateStatus.SUBMITTED: "Submitted", CertificateStatus.DELETED: "Deleted"}
OUTCOME_NAMES = {Outcome.PASS: "Pass", Outcome.FAIL: "Fail", Outcome.WITHDRAWN: "Withdrawn"}
# DfE's learner completion status: 1 continuing, 2 complete, 3 withdrawn, 6 temporarily
# withdrawn (a break in learning).
COMPLETION = {ApprenticeshipStatus.WITHDRAWN: 3, ApprenticeshipStatus.ON_BREAK: 6,
              ApprenticeshipStatus.ACHIEVED: 2, ApprenticeshipStatus.FAILED: 2,
              ApprenticeshipStatus.CERTIFICATE_REQUESTED: 2,
              ApprenticeshipStatus.CERTIFICATE_ISSUED: 2}


def when(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = timezone.make_naive(value, dt.UTC) if timezone.is_aware(value) else value
        return value.replace(microsecond=0).isoformat()
    return f"{value.isoformat()}T00:00:00"


def pruned(data: dict) -> dict:
    """Without the default values DfE leaves out; empty blocks dropped."""
    out = {}
    for key, value in data.items():
        if isinstance(value, dict):
            value = pruned(value)
            if not value:
                continue
        if value is None or value == "" or value is False:
            continue
        out[key] = value
    return out


def standard_block(standard) -> dict:
    return {"standardCode": standard.lars_code, "standardReference": standard.reference,
            "standardName": standard.title, "level": standard.level}


def by(label: str) -> str:
    """Who, as DfE shows it: a person's name, or ``API`` for an organisation's key."""
    return "API" if label.startswith("api-key:") else label


def certificate_shape(certificate: Certificate) -> dict:
    data = {
        "certificateData": {
            "certificateReference": certificate.reference,
            "standard": {"standardCode": certificate.lars_code,
                         "standardReference": certificate.standard_reference,
                         "standardName": certificate.standard_title, "level": certificate.level},
            "learner": {"uln": int(certificate.uln), "givenNames": certificate.given_names,
                        "familyName": certificate.family_name},
            "learningDetails": {
                "version": certificate.standard_version, "courseOption": certificate.option,
                "overallGrade": certificate.overall_grade,
                "achievementDate": when(certificate.achievement_date),
                "learningStartDate": when(certificate.learning_start_date),
                "providerName": certificate.provider_name,
                "providerUkPrn": int(certificate.provider_ukprn)
                if certificate.provider_ukprn.isdigit() else None},
            "postalContact": {
                "contactName": certificate.contact_name, "department": certificate.department,
                "organisation": certificate.organisation,
                "addressLine1": certificate.address_line1,
                "addressLine2": certificate.address_line2,
                "addressLine3": certificate.address_line3, "city": certificate.city,
                "postCode": certificate.postcode} if certificate.postcode else None,
        },
        "status": {"currentStatus": STATUS_NAMES[certificate.status]},
        "created": {"createdAt": when(certificate.created_at),
                    "createdBy": by(certificate.created_by)},
        "submitted": {"submittedAt": when(certificate.submitted_at),
                      "submittedBy": by(certificate.submitted_by)}
        if certificate.submitted_at else None,
    }
    return pruned(data)


def shown_certificate(certificate: Certificate | None) -> dict | None:
    """What GET certificate shows: a draft, ready or submitted request; nothing else."""
    if certificate is None or certificate.status == CertificateStatus.DELETED:
        return None
    return certificate_shape(certificate)


def epa_attempt(assessment: Assessment) -> dict:
    return pruned({"epaDate": when(assessment.outcome_date),
                   "epaOutcome": OUTCOME_NAMES[assessment.outcome],
                   "resit": assessment.kind == AssessmentKind.RESIT or None,
                   "retake": assessment.kind == AssessmentKind.RETAKE or None})


def latest(attempts: list[Assessment]) -> Assessment | None:
    """The attempt with the most recent date; on a tie, the first listed."""
    best = None
    for attempt in attempts:
        if best is None or attempt.outcome_date > best.outcome_date:
            best = attempt
    return best


def epa_details(apprenticeship: Apprenticeship, attempts: list[Assessment]) -> dict | None:
    last = latest(attempts)
    if last is None:
        return None
    return {"epaReference": f"{apprenticeship.pk:08d}", "latestEpaDate": when(last.outcome_date),
            "latestEpaOutcome": OUTCOME_NAMES[last.outcome],
            "epas": [epa_attempt(a) for a in attempts]}


def learner_shape(apprenticeship: Apprenticeship, attempts: list[Assessment],
                  certificate: Certificate | None) -> dict:
    provider = apprenticeship.provider
    learner = apprenticeship.learner
    shown = shown_certificate(certificate)
    if shown is not None and shown["status"]["currentStatus"] not in ("Draft", "Ready"):
        shown["status"]["currentStatus"] = "Submitted"
    return pruned({
        "learnerData": {
            "standard": standard_block(apprenticeship.standard),
            "learner": {"uln": int(learner.uln), "givenNames": learner.given_names,
                        "familyName": learner.family_name},
            "learningDetails": {
                "learningStartDate": when(apprenticeship.start_date),
                "plannedEndDate": when(apprenticeship.planned_end_date),
                "providerName": provider.name,
                "providerUkPrn": int(provider.identifier) if provider.identifier.isdigit()
                else None,
                "version": apprenticeship.standard_version.version,
                "courseOption": apprenticeship.option.title if apprenticeship.option_id else None,
            },
        },
        "status": {"completionStatus": COMPLETION.get(apprenticeship.status, 1)},
        "epaDetails": epa_details(apprenticeship, attempts),
        "certificate": shown,
    })
