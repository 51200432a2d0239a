"""The DfE operations as calls of the native services: identity and record checks in DfE's
order, then one native write, its errors translated to DfE's messages (``messages``).

Each function takes the caller's EPAO and one request (or path), and returns DfE's messages
(empty when valid) with what the operation produced. No rule is decided here that a native
service decides: approval for a version, dates, grades, options, the contact, the states of an
outcome or a certificate are the services'; this module says which DfE message each of their
codes is, and adds only DfE's addressing (ULN, family name, standard) and its record
vocabulary (an EPA record, a reference).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction

from epa.assessments import services as outcomes
from epa.assessments.models import Assessment, AssessmentKind, Outcome
from epa.certificates import services as certificates
from epa.certificates.models import Certificate, CertificateStatus
from epa.certificates.selectors import epao_apprenticeship
from epa.core.actor import Actor
from epa.core.errors import Forbidden, RuleViolation, StateConflict
from epa.dfe.api import messages as msg
from epa.dfe.api.requests import StandardSent
from epa.dfe.api.shapes import certificate_shape, learner_shape, shown_certificate
from epa.learners.models import Apprenticeship, ApprenticeshipStatus
from epa.organisations.models import EPAOApproval, Organisation
from epa.standards.models import Standard, StandardVersion
from epa.standards.selectors import latest_version, version_named

ULN_MIN, ULN_MAX = 1_000_000_000, 9_999_999_999
OUTCOMES = {"pass": Outcome.PASS, "fail": Outcome.FAIL, "withdrawn": Outcome.WITHDRAWN}
NATIVE_ERRORS = (RuleViolation, StateConflict, Forbidden)


# -- addressing ----------------------------------------------------------------------------------

def standard_by_reference(reference: str) -> Standard | None:
    if not reference or len(reference) != 6:
        return None
    return Standard.objects.filter(reference__iexact=reference).first()


def standard_by_code(code: int | None) -> Standard | None:
    if not code or code <= 0:
        return None
    return Standard.objects.filter(lars_code=code).first()


def standard_from_path(sent: StandardSent) -> Standard | None:
    return standard_by_code(sent.code) if sent.code is not None else \
        standard_by_reference(sent.reference or "")


@dataclass
class Found:
    """What DfE's identity checks found, and their messages in DfE's order."""

    messages: list[str] = field(default_factory=list)
    standard: Standard | None = None
    apprenticeship: Apprenticeship | None = None
    version: StandardVersion | None = None


def approved_for_standard(epao: Organisation, standard: Standard) -> bool:
    return EPAOApproval.objects.filter(epao=epao, standard=standard).exists()


def identify(epao: Organisation, *, uln: int, family_name: str | None, sent: StandardSent,
             body: bool, kind: str, version: str | None = None, full_stop: bool = False,
             check_completion: bool = False, not_found: str = msg.LEARNER_NOT_FOUND) -> Found:
    """DfE's evaluation order (§5.0): family name; the standard resolved and consistent; a
    sent version known; the ULN in range; then the learner chain, stopping at its first
    failure: the learner (of this EPAO) with this family name, (EPA and certificate create)
    the learner not withdrawn, the EPAO approved for the standard. Version approval is the
    native services' (``epao_not_approved_for_version``)."""
    found = Found()
    if not family_name:
        found.messages.append(msg.FAMILY_NAME)
    if body and sent.reference:
        standard = standard_by_reference(sent.reference)
        code = standard.lars_code if standard else 0
    else:
        standard = standard_by_code(sent.code) if body else standard_from_path(sent)
        code = sent.code or (standard.lars_code if standard else 0)
    mismatch = False
    if body and not code:
        found.messages.append(msg.VALID_STANDARD)
    elif body and standard is not None and sent.reference and sent.code:
        if kind == "certificate":
            by_code = standard_by_code(sent.code)
            mismatch = by_code is None or by_code.reference != sent.reference
        else:
            mismatch = standard.lars_code != sent.code
        if mismatch:
            found.messages.append(msg.STANDARD_MISMATCH)
    found.standard = standard
    if version and standard is not None and not mismatch:
        found.version = version_named(standard.pk, version)
        if found.version is None:
            found.messages.append(msg.INVALID_VERSION)
    if not ULN_MIN <= uln <= ULN_MAX:
        found.messages.append(msg.ULN_RANGE)
    elif code and family_name:
        apprenticeship = epao_apprenticeship(epao_id=epao.pk, uln=str(uln),
                                             standard_id=standard.pk) if standard else None
        if apprenticeship is None or \
                apprenticeship.learner.family_name.lower() != family_name.lower():
            found.messages.append(not_found + ("." if full_stop else ""))
        elif check_completion and apprenticeship.status in (ApprenticeshipStatus.WITHDRAWN,
                                                            ApprenticeshipStatus.ON_BREAK):
            found.messages.append(msg.APPRENTICE_DETAILS)
        elif not approved_for_standard(epao, standard):
            found.messages.append(msg.NOT_APPROVED)
        else:
            found.apprenticeship = apprenticeship
    return found


# -- native errors as DfE messages ------------------------------------------------------------

def translated(exc: Exception, fields: dict, *, option_message=None, version: str = "",
               reference: str = "") -> list[str]:
    if isinstance(exc, RuleViolation):
        out = []
        for error in exc.errors:
            if error.code == "invalid_option" and option_message is not None:
                out.append(option_message())
            else:
                out.append(fields.get((error.field, error.code), error.message))
        return out
    code = getattr(exc, "code", "")
    if code == "epao_not_approved_for_version":
        return [msg.NOT_APPROVED_VERSION.format(version)]
    if code == "certificate_exists":
        return [msg.CERTIFICATE_EXISTS.format(reference)]
    return [msg.CONFLICTS.get(code, getattr(exc, "message", str(exc)))]


def _options(version: StandardVersion | None) -> list[str]:
    if version is None:
        return []
    return list(version.options.order_by("position", "id").values_list("title", flat=True))


def attempts_of(apprenticeship: Apprenticeship) -> list[Assessment]:
    return list(Assessment.objects.filter(apprenticeship=apprenticeship).exclude(outcome="")
                .order_by("number"))


def certificate_of(apprenticeship: Apprenticeship) -> Certificate | None:
    return Certificate.objects.filter(apprenticeship=apprenticeship).first()


def reference_of(apprenticeship: Apprenticeship) -> str:
    return certificates.certificate_reference(apprenticeship.pk)


# -- EPA records --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Attempt:
    date: dt.date
    outcome: str  # as sent
    resit: bool | None
    retake: bool | None


@dataclass(frozen=True)
class EpaItem:
    request_id: str | None
    uln: int
    family_name: str | None
    standard: StandardSent
    version: str | None
    option: str | None
    attempts: list[Attempt] | None  # None: no epaDetails
    epa_reference: str | None = None


def _attempt_messages(attempts: list[Attempt] | None) -> list[str]:
    if not attempts:
        return [msg.EPA_DETAILS]
    out = []
    for attempt in attempts:
        out += [msg.EPA_FIELDS[(e.field, e.code)]
                for e in outcomes.outcome_date_errors(attempt.date, "outcome_date")]
        if attempt.outcome.lower() not in OUTCOMES:
            out.append(msg.EPA_OUTCOME)
    return out


def _epa_option_messages(item: EpaItem, found: Found) -> list[str]:
    version = found.version or (found.apprenticeship.standard_version
                                if found.apprenticeship else None)
    if not item.option or version is None:
        return []
    return [_epa_option_message(item, version, found.standard) if e.code == "invalid_option"
            else msg.EPA_FIELDS[(e.field, e.code)]
            for e in outcomes.outcome_option_errors(version, item.option)]


def _epa_option_message(item: EpaItem, version: StandardVersion, standard: Standard) -> str:
    return msg.EPA_OPTION.format(options=",".join(_options(version)),
                                 reference=item.standard.reference or standard.reference,
                                 version=version.version)


def _record(actor: Actor, apprenticeship: Apprenticeship, item: EpaItem,
            attempts: list[Attempt]) -> None:
    for attempt in attempts:
        outcomes.outcome_record(
            apprenticeship=apprenticeship, actor=actor,
            outcome=OUTCOMES[attempt.outcome.lower()], outcome_date=attempt.date,
            kind=AssessmentKind.RETAKE if attempt.retake else AssessmentKind.RESIT,
            version=item.version, option=item.option)


def _write_messages(exc: Exception, item: EpaItem, found: Found) -> list[str]:
    version = item.version or (found.apprenticeship.standard_version.version
                               if found.apprenticeship else "")
    return translated(exc, msg.EPA_FIELDS, version=version, option_message=lambda: (
        _epa_option_message(item, found.version or found.apprenticeship.standard_version,
                            found.standard)))


def _epa_checks(epao: Organisation, item: EpaItem) -> tuple[Found, list[str]]:
    """The learner found for an EPA item, and the problems of its identity, option and
    attempts, in DfE's order (the checks both POST and PUT epa begin with)."""
    found = identify(epao, uln=item.uln, family_name=item.family_name, sent=item.standard,
                     body=True, kind="epa", version=item.version, full_stop=True,
                     check_completion=True)
    return found, (found.messages + _epa_option_messages(item, found)
                   + _attempt_messages(item.attempts))


def _epa_answer(item: EpaItem, found: Found, problems: list[str], write) -> dict:
    """Run ``write`` when nothing is wrong (a native refusal becomes DfE's messages), and the
    item's answer."""
    apprenticeship = found.apprenticeship
    if not problems and apprenticeship is not None:
        try:
            with transaction.atomic():
                write()
        except NATIVE_ERRORS as exc:
            problems = _write_messages(exc, item, found)
    if problems or apprenticeship is None:
        return {"requestId": item.request_id, "validationErrors": problems}
    return {"requestId": item.request_id, "epaReference": reference_of(apprenticeship),
            "validationErrors": []}


def epa_create(actor: Actor, epao: Organisation, item: EpaItem) -> dict:
    found, problems = _epa_checks(epao, item)
    apprenticeship = found.apprenticeship
    if not problems and apprenticeship is not None:
        certificate = certificate_of(apprenticeship)
        if certificate is not None and certificate.status == CertificateStatus.SUBMITTED:
            problems.append(msg.CERTIFICATE_EXISTS_NO_EPA)
        elif attempts_of(apprenticeship):
            problems.append(msg.EPA_EXISTS)
    return _epa_answer(item, found, problems,
                       lambda: _record(actor, apprenticeship, item, item.attempts))


def epa_update(actor: Actor, epao: Organisation, item: EpaItem) -> dict:
    found, problems = _epa_checks(epao, item)
    apprenticeship = found.apprenticeship
    stored: list[Assessment] = []
    if not problems and apprenticeship is not None:
        certificate = certificate_of(apprenticeship)
        stored = attempts_of(apprenticeship)
        if not item.epa_reference:
            problems.append(msg.PROVIDE_EPA_REFERENCE)
        elif item.epa_reference.lower() != reference_of(apprenticeship):
            problems.append(msg.EPA_NOT_FOUND)
        else:
            if certificate is not None and certificate.status != CertificateStatus.DELETED:
                problems.append(msg.CERTIFICATE_EXISTS_NO_EPA_UPDATE)
            if not stored:
                problems.append(msg.EPA_NOT_FOUND)
    return _epa_answer(item, found, problems,
                       lambda: _replace_history(actor, apprenticeship, item, stored))


def _same(stored: Assessment, sent: Attempt) -> bool:
    return stored.outcome_date == sent.date and stored.outcome == OUTCOMES[sent.outcome.lower()]


def _replace_history(actor: Actor, apprenticeship: Apprenticeship, item: EpaItem,
                     stored: list[Assessment]) -> None:
    """The sent attempts replace the recorded ones: those already recorded, in order, stay and
    the rest are recorded (the resit or retake path); otherwise the outcomes recorded directly
    are removed and all are recorded again. Attempts assessed here stay: the sent history's
    first ones stand for them."""
    attempts = item.attempts
    if len(stored) <= len(attempts) and all(
            _same(s, a) for s, a in zip(stored, attempts, strict=False)):
        _record(actor, apprenticeship, item, attempts[len(stored):])
        return
    kept = [a for a in stored if not a.recorded_directly]
    if len(kept) < len(stored):
        outcomes.outcomes_clear(apprenticeship=apprenticeship, actor=actor)
    _record(actor, apprenticeship, item, attempts[len(kept):])


def epa_delete(actor: Actor, epao: Organisation, *, uln: int, family_name: str,
               sent: StandardSent, reference: str) -> list[str]:
    found = identify(epao, uln=uln, family_name=family_name, sent=sent, body=False, kind="epa")
    problems = found.messages
    apprenticeship = found.apprenticeship
    if problems or apprenticeship is None:
        return problems
    if not reference:
        return [msg.PROVIDE_THE_EPA_REFERENCE]
    certificate = certificate_of(apprenticeship)
    stored = attempts_of(apprenticeship)
    if reference.lower() != reference_of(apprenticeship) or (
            not stored and (certificate is None
                            or certificate.status == CertificateStatus.DELETED)):
        return [msg.EPA_NOT_FOUND]
    if certificate is not None and certificate.status == CertificateStatus.SUBMITTED:
        return [msg.CERTIFICATE_EXISTS_NO_EPA_DELETE]
    try:
        with transaction.atomic():
            if certificate is not None and certificate.status != CertificateStatus.DELETED:
                certificates.certificate_delete(actor=actor, certificate=certificate)
            if any(a.recorded_directly for a in stored):
                outcomes.outcomes_clear(apprenticeship=apprenticeship, actor=actor)
    except NATIVE_ERRORS as exc:
        return translated(exc, msg.EPA_FIELDS)
    return []


# -- certificates -----------------------------------------------------------------------------

@dataclass(frozen=True)
class CertificateItem:
    request_id: str | None
    uln: int
    family_name: str | None
    standard: StandardSent
    version: str | None
    values: dict | None  # None: neither learningDetails nor postalContact
    certificate_reference: str | None = None


def _certificate_messages(exc: Exception, item: CertificateItem, found: Found) -> list[str]:
    apprenticeship = found.apprenticeship
    version = found.version or apprenticeship.standard_version
    return translated(
        exc, msg.CERTIFICATE_FIELDS, version=item.version or version.version,
        reference=reference_of(apprenticeship),
        option_message=lambda: msg.CERTIFICATE_OPTION.format(
            options=", ".join(_options(version)), lars=found.standard.lars_code,
            version=version.version))


def certificate_create(actor: Actor, epao: Organisation, item: CertificateItem) -> dict:
    found = identify(epao, uln=item.uln, family_name=item.family_name, sent=item.standard,
                     body=True, kind="certificate", version=item.version, full_stop=True,
                     check_completion=True)
    problems = found.messages
    if item.values is None:
        problems.append(msg.CERTIFICATE_DATA)
    apprenticeship = found.apprenticeship
    certificate = None
    if not problems and apprenticeship is not None:
        try:
            with transaction.atomic():
                certificate = _create(actor, apprenticeship, item)
        except NATIVE_ERRORS as exc:
            problems = _certificate_messages(exc, item, found)
    if problems or certificate is None:
        return {"requestId": item.request_id, "validationErrors": problems}
    return {"requestId": item.request_id, "certificate": certificate_shape(certificate),
            "validationErrors": []}


def _create(actor: Actor, apprenticeship: Apprenticeship, item: CertificateItem) -> Certificate:
    """The native create; without a pass on record, DfE's certificate write adds one dated the
    achievement date (a recorded outcome), and the create is tried again."""
    arguments = {"actor": actor, "apprenticeship": apprenticeship, "values": item.values,
                 "version": item.version, "complete": True}
    try:
        with transaction.atomic():
            return certificates.certificate_create(**arguments)
    except StateConflict as exc:
        if exc.code != "no_pass_outcome":
            raise
    outcomes.outcome_record(apprenticeship=apprenticeship, actor=actor, outcome=Outcome.PASS,
                            outcome_date=item.values["achievement_date"],
                            version=item.version, option=None)
    return certificates.certificate_create(**arguments)


def certificate_update(actor: Actor, epao: Organisation, item: CertificateItem) -> dict:
    found = identify(epao, uln=item.uln, family_name=item.family_name, sent=item.standard,
                     body=True, kind="certificate", version=item.version, full_stop=True)
    problems = found.messages
    if item.values is None:
        problems.append(msg.CERTIFICATE_DATA)
    apprenticeship = found.apprenticeship
    certificate = None
    if not problems and apprenticeship is not None:
        certificate = certificate_of(apprenticeship)
        if not item.certificate_reference:
            problems.append(msg.PROVIDE_CERTIFICATE_REFERENCE)
        elif certificate is None or certificate.status == CertificateStatus.DELETED or \
                item.certificate_reference.lower() != certificate.reference:
            problems.append(msg.CERTIFICATE_NOT_FOUND)
    if not problems and certificate is not None:
        try:
            certificate = certificates.certificate_update(
                actor=actor, certificate=certificate, values=item.values, version=item.version,
                complete=True, replace=True)
        except NATIVE_ERRORS as exc:
            problems = _certificate_messages(exc, item, found)
    if problems or certificate is None:
        return {"requestId": item.request_id, "validationErrors": problems}
    return {"requestId": item.request_id, "certificate": certificate_shape(certificate),
            "validationErrors": []}


@dataclass(frozen=True)
class SubmitItem:
    request_id: str | None
    uln: int
    family_name: str | None
    standard: StandardSent
    certificate_reference: str | None


def _held(found: Found, reference: str | None, *, epa_only_message: str | None = None
          ) -> tuple[Certificate | None, list[str]]:
    """The caller's certificate with this reference, or DfE's message why there is none."""
    if not reference:
        return None, [msg.PROVIDE_CERTIFICATE_REFERENCE]
    certificate = certificate_of(found.apprenticeship)
    if certificate is None or reference.lower() != certificate.reference:
        if certificate is None and epa_only_message and attempts_of(found.apprenticeship) \
                and reference.lower() == reference_of(found.apprenticeship):
            return None, [epa_only_message]
        return None, [msg.CERTIFICATE_NOT_FOUND]
    return certificate, []


def certificate_submit(actor: Actor, epao: Organisation, item: SubmitItem) -> dict:
    sent = item.standard
    if sent.reference and standard_by_reference(sent.reference) is not None:
        sent = StandardSent(None, sent.reference)  # a reference that resolves wins
    found = identify(epao, uln=item.uln, family_name=item.family_name, sent=sent, body=True,
                     kind="submit")
    problems = found.messages
    certificate = None
    if not problems and found.apprenticeship is not None:
        certificate, problems = _held(found, item.certificate_reference)
        if certificate is not None and certificate.status == CertificateStatus.DELETED:
            certificate, problems = None, [msg.CERTIFICATE_NOT_FOUND]
    if not problems and certificate is not None:
        try:
            certificate = certificates.certificate_submit(actor=actor, certificate=certificate)
        except NATIVE_ERRORS as exc:
            problems = translated(exc, msg.CERTIFICATE_FIELDS)
    if problems or certificate is None:
        return {"requestId": item.request_id, "validationErrors": problems}
    return {"requestId": item.request_id, "certificate": certificate_shape(certificate),
            "validationErrors": []}


def certificate_delete(actor: Actor, epao: Organisation, *, uln: int, family_name: str,
                       sent: StandardSent, reference: str) -> list[str]:
    found = identify(epao, uln=uln, family_name=family_name, sent=sent, body=False,
                     kind="certificate")
    if found.messages or found.apprenticeship is None:
        return found.messages
    certificate, problems = _held(found, reference, epa_only_message=msg.CERTIFICATE_NOT_FOUND
                                  + ".")
    if problems:
        return problems
    if certificate.status == CertificateStatus.SUBMITTED:
        return [msg.DELETE_SUBMITTED]
    try:
        certificates.certificate_delete(actor=actor, certificate=certificate)
    except NATIVE_ERRORS as exc:
        return translated(exc, msg.CERTIFICATE_FIELDS)
    return []


def certificate_get(epao: Organisation, *, uln: int, family_name: str, sent: StandardSent
                    ) -> tuple[list[str], dict | None]:
    found = identify(epao, uln=uln, family_name=family_name, sent=sent, body=False,
                     kind="certificate", not_found=msg.CANNOT_FIND_APPRENTICE)
    if found.messages or found.apprenticeship is None:
        return found.messages, None
    return [], shown_certificate(certificate_of(found.apprenticeship))


def learner_get(epao: Organisation, *, uln: int, family_name: str, raw_standard: str,
                sent: StandardSent) -> tuple[list[str], dict | None]:
    if not raw_standard:
        return [msg.PROVIDE_STANDARD], None
    if standard_from_path(sent) is None:
        problems = [msg.STANDARD_NOT_FOUND]
        if not family_name:
            problems.insert(0, msg.FAMILY_NAME)
        return problems, None
    found = identify(epao, uln=uln, family_name=family_name, sent=sent, body=False,
                     kind="learner")
    if found.messages or found.apprenticeship is None:
        return found.messages, None
    apprenticeship = found.apprenticeship
    return [], learner_shape(apprenticeship, attempts_of(apprenticeship),
                             certificate_of(apprenticeship))


# -- grades and options -----------------------------------------------------------------------

def option_set(version: StandardVersion) -> dict:
    standard = version.standard
    return {"standardCode": standard.lars_code, "standardReference": standard.reference,
            "version": version.version, "courseOption": _options(version)}


def all_option_sets() -> list[dict]:
    sets = []
    for standard in Standard.objects.order_by("reference"):
        version = latest_version(standard)
        if version is not None:
            sets.append(option_set(version))
    return sets


def option_set_of(sent: StandardSent, version: str | None) -> tuple[int, dict | None]:
    """200 with the set, 204 when it has no options, 404 when the standard or version is not
    found."""
    standard = standard_from_path(sent)
    if standard is None:
        return 404, None
    found = version_named(standard.pk, version) if version else latest_version(standard)
    if found is None:
        return 404, None
    chosen = option_set(found)
    return (200, chosen) if chosen["courseOption"] else (204, None)


