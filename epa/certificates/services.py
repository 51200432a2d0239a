"""Certificate requests: create, change, submit, delete.

After a released (or directly recorded) pass, an admin of the apprenticeship's EPAO (or its
key) creates the request; it is ``draft`` until every mandatory field is given, then ``ready``;
``submit`` sends it (``submitted``, the apprenticeship ``certificate_requested``); before that
it may be deleted (``deleted``: the reference is kept and a later create brings it back).
Validation follows the DfE "Record a grade" rules (field errors in DfE's order, each with a
registered code, so that ``epa.dfe`` can give DfE's messages); every change is recorded in the
apprenticeship's history (area ``result``, subject ``certificate``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from django.db import transaction
from django.utils import timezone

from epa.assessments.models import Assessment, Outcome
from epa.assessments.services import outcome_date_errors, outcome_version, require_epao_approved
from epa.certificates import rules
from epa.certificates.models import Certificate, CertificateStatus
from epa.core.actor import Actor
from epa.core.codes import define_field_codes, define_many
from epa.core.errors import FieldError, RuleViolation, StateConflict
from epa.core.locking import locked_at_version
from epa.core.policy import require
from epa.learners.history import apprenticeship_status_move, event_record
from epa.learners.models import Apprenticeship, ApprenticeshipStatus
from epa.learners.selectors import acts_for_epao
from epa.organisations.models import Role
from epa.plans.models import DFE_CERTIFICATE_GRADES, DfeGrade
from epa.standards.models import StandardVersion

CERTIFICATE_ERRORS = "certificates"
define_field_codes(CERTIFICATE_ERRORS, {
    "family_name": ["family_name_mismatch"],
    "version": ["unknown_version", "version_mismatch"],
    "contact_name": ["required"],
    "address_line1": ["required"],
    "city": ["required"],
    "postcode": ["required", "invalid_postcode"],
    "overall_grade": ["required", "fail_grade", "invalid_grade"],
    "achievement_date": ["required", "date_before_2017", "date_in_future",
                         "before_learning_start"],
    "option": ["option_not_available", "invalid_option", "option_mismatch"],
})
define_many(CERTIFICATE_ERRORS, 409, [
    "certificate_exists", "no_pass_outcome", "certificate_deleted", "certificate_not_draft",
    "certificate_already_submitted", "certificate_incomplete", "learner_version_changed",
    "learner_option_changed", "certificate_submitted"])

# The request's own fields (the learner, standard and provider are copied from the record).
CONTACT_FIELDS = ("contact_name", "department", "organisation", "address_line1",
                  "address_line2", "address_line3", "city", "postcode")
WRITABLE = (*CONTACT_FIELDS, "overall_grade", "achievement_date", "option")


def certificate_reference(apprenticeship_id: int) -> str:
    """The apprenticeship's certificate (and DfE EPA) reference: its id, zero-padded."""
    return f"{apprenticeship_id:08d}"


def latest_outcome(apprenticeship: Apprenticeship) -> Assessment | None:
    """The latest attempt with an outcome (released or recorded)."""
    return (Assessment.objects.filter(apprenticeship=apprenticeship).exclude(outcome="")
            .order_by("-number").first())


def _require_admin(actor: Actor, apprenticeship: Apprenticeship) -> None:
    require(acts_for_epao(actor, apprenticeship, {Role.ADMIN}),
            "Only an admin of the apprenticeship's EPAO requests its certificate.")


def _options(version: StandardVersion) -> list[str]:
    return list(version.options.order_by("position", "id").values_list("title", flat=True))


def _field_errors(values: Mapping, *, apprenticeship: Apprenticeship, options: list[str],
                  sent_option: str, complete: bool) -> list[FieldError]:
    """The request's fields, in DfE's order: contact, grade, achievement date, option. With
    ``complete`` every mandatory field is required (DfE's create and update); without, a draft
    may lack them and only what is given is checked."""
    errors = []
    for name, message in (("contact_name", "Give a contact name."),
                          ("address_line1", "Give the first line of the address."),
                          ("city", "Give a city or town."), ("postcode", "Give a postcode.")):
        if complete and not values.get(name):
            errors.append(FieldError(name, "required", message))
    postcode = values.get("postcode") or ""
    if postcode and not rules.postcode_valid(postcode):
        errors.append(FieldError("postcode", "invalid_postcode", "Give a valid UK postcode."))
    grade = values.get("overall_grade") or ""
    if not grade:
        if complete:
            errors.append(FieldError("overall_grade", "required", "Give the grade achieved."))
    elif grade.lower() == DfeGrade.FAIL.lower():
        errors.append(FieldError("overall_grade", "fail_grade",
                                 "A fail is recorded as an EPA outcome, not a certificate."))
    elif grade.lower() not in {g.lower() for g in DFE_CERTIFICATE_GRADES}:
        errors.append(FieldError("overall_grade", "invalid_grade",
                                 f"A grade is one of: {', '.join(DFE_CERTIFICATE_GRADES)}."))
    achieved = values.get("achievement_date")
    if achieved is None:
        if complete:
            errors.append(FieldError("achievement_date", "required",
                                     "Give the achievement date."))
    else:
        date_errors = outcome_date_errors(achieved, "achievement_date")
        if not date_errors and achieved < apprenticeship.start_date:
            date_errors = [FieldError("achievement_date", "before_learning_start",
                                      f"The achievement date cannot be before the learning "
                                      f"start ({apprenticeship.start_date}).")]
        errors += date_errors
    if sent_option and not options:
        errors.append(FieldError("option", "option_not_available",
                                 "This standard version has no options: send none."))
    elif options:
        effective = values.get("option") or ""
        if (effective or complete) and effective.lower() not in {o.lower() for o in options}:
            errors.append(FieldError("option", "invalid_option",
                                     f"The option is one of: {', '.join(options)}."))
    return errors


def _canonical(values: dict, options: list[str]) -> dict:
    """Grades in DfE's casing, options in the catalogue's, text trimmed."""
    out = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
    grade = out.get("overall_grade") or ""
    out["overall_grade"] = next((g for g in DFE_CERTIFICATE_GRADES if g.lower() == grade.lower()),
                                grade)
    option = out.get("option") or ""
    out["option"] = next((o for o in options if o.lower() == option.lower()), option)
    return out


def _snapshot(certificate: Certificate) -> dict:
    return {f: (str(v) if isinstance(v, dt.date) else v) for f in (*WRITABLE, "status")
            if (v := getattr(certificate, f)) not in ("", None)}


def _event(certificate: Certificate, actor: Actor, action: str, before=None, after=None) -> None:
    event_record(apprenticeship=certificate.apprenticeship, actor=actor, area="result",
                 action=f"certificate_{action}", subject="certificate", before=before,
                 after=after)


def _prepare(*, apprenticeship: Apprenticeship, values: dict, family_name: str | None,
             version: str | None, complete: bool) -> tuple[dict, StandardVersion]:
    """Checks shared by create and update; returns the values to store and the version."""
    learner = apprenticeship.learner
    errors = []
    if family_name is not None and family_name.strip().lower() != learner.family_name.lower():
        errors.append(FieldError("family_name", "family_name_mismatch",
                                 "The family name is not the apprentice's."))
    in_play = outcome_version(apprenticeship, version)
    require_epao_approved(apprenticeship.epao, in_play)
    if in_play.pk != apprenticeship.standard_version_id:
        errors.append(FieldError("version", "version_mismatch",
                                 f"The apprentice is on version "
                                 f"{apprenticeship.standard_version.version}."))
    options = _options(in_play)
    sent_option = (values.get("option") or "").strip()
    learner_option = apprenticeship.option.title if apprenticeship.option_id else ""
    if learner_option and sent_option and sent_option.lower() != learner_option.lower():
        errors.append(FieldError("option", "option_mismatch",
                                 f"The apprentice's option is {learner_option}."))
    values = {**values, "option": learner_option or sent_option}
    errors += _field_errors(values, apprenticeship=apprenticeship, options=options,
                            sent_option=sent_option, complete=complete)
    if errors:
        raise RuleViolation(errors)
    return _canonical(values, options), in_play


def _status(certificate: Certificate, options: list[str]) -> str:
    values = {f: getattr(certificate, f) for f in WRITABLE}
    return CertificateStatus.READY if rules.is_ready(values, options=options) \
        else CertificateStatus.DRAFT


def certificate_create(*, actor: Actor, apprenticeship: Apprenticeship, values: dict,
                       family_name: str | None = None, version: str | None = None,
                       complete: bool = False) -> Certificate:
    """The certificate request of an apprenticeship whose latest outcome is a pass: one per
    apprenticeship (a deleted one is brought back with its reference). The grade defaults to
    the released result's DfE grade. ``complete`` requires every mandatory field (DfE)."""
    _require_admin(actor, apprenticeship)
    with transaction.atomic():
        apprenticeship = Apprenticeship.objects.select_for_update(of=("self",)).select_related(
            "learner", "standard", "standard_version__standard", "option", "provider",
            "epao").get(pk=apprenticeship.pk)
        existing = Certificate.objects.filter(apprenticeship=apprenticeship).first()
        if existing is not None and existing.status != CertificateStatus.DELETED:
            raise StateConflict("certificate_exists",
                                f"Certificate {existing.reference} exists for this "
                                "apprenticeship: change it instead.")
        outcome = latest_outcome(apprenticeship)
        values = dict(values)
        if outcome is not None and not values.get("overall_grade") and not complete:
            values["overall_grade"] = outcome.dfe_grade
        stored, in_play = _prepare(apprenticeship=apprenticeship, values=values,
                                   family_name=family_name, version=version, complete=complete)
        if outcome is None or outcome.outcome != Outcome.PASS:
            raise StateConflict("no_pass_outcome",
                                "A certificate follows a released or recorded pass.")
        learner, standard = apprenticeship.learner, in_play.standard
        certificate = existing or Certificate(apprenticeship=apprenticeship)
        before = _snapshot(existing) if existing else None
        fields = {
            "epao": apprenticeship.epao, "reference": certificate_reference(apprenticeship.pk),
            "uln": learner.uln, "given_names": learner.given_names,
            "family_name": learner.family_name, "standard_reference": standard.reference,
            "lars_code": standard.lars_code, "standard_title": standard.title,
            "level": standard.level, "standard_version": in_play.version,
            "learning_start_date": apprenticeship.start_date,
            "provider_ukprn": apprenticeship.provider.identifier,
            "provider_name": apprenticeship.provider.name, "created_by": actor.label,
            "submitted_at": None, "submitted_by": "",
            **{f: stored.get(f) if f == "achievement_date" else (stored.get(f) or "")
               for f in WRITABLE},
        }
        for name, value in fields.items():
            setattr(certificate, name, value)
        certificate.status = _status(certificate, _options(in_play))
        certificate.save()
        _event(certificate, actor, "restored" if existing else "created", before=before,
               after=_snapshot(certificate))
    return certificate


def _locked(certificate: Certificate, expected_version: int | None):
    return locked_at_version(Certificate.objects.select_related(
        "apprenticeship__learner", "apprenticeship__standard_version__standard",
        "apprenticeship__option", "apprenticeship__epao"), certificate.pk, expected_version)


def _require_open(certificate: Certificate) -> None:
    if certificate.status == CertificateStatus.DELETED:
        raise StateConflict("certificate_deleted", "The certificate was deleted.")
    if certificate.status == CertificateStatus.SUBMITTED:
        raise StateConflict("certificate_not_draft",
                            "The certificate is submitted: it is no longer changed.")


def certificate_update(*, actor: Actor, certificate: Certificate, values: dict,
                       family_name: str | None = None, version: str | None = None,
                       complete: bool = False, replace: bool = False,
                       expected_version: int | None = None) -> Certificate:
    """Change a draft or ready request (the fields given; all of them with ``replace``)."""
    _require_admin(actor, certificate.apprenticeship)
    with _locked(certificate, expected_version) as locked:
        _require_open(locked)
        current = {} if replace else {f: getattr(locked, f) for f in WRITABLE}
        merged = {**current, **values}
        stored, in_play = _prepare(apprenticeship=locked.apprenticeship, values=merged,
                                   family_name=family_name, version=version, complete=complete)
        before = _snapshot(locked)
        for name in WRITABLE:
            value = stored.get(name)
            setattr(locked, name, value if name == "achievement_date" else (value or ""))
        locked.standard_version = in_play.version
        locked.status = _status(locked, _options(in_play))
        _event(locked, actor, "changed", before=before, after=_snapshot(locked))
    return locked


def certificate_submit(*, actor: Actor, certificate: Certificate,
                       expected_version: int | None = None) -> Certificate:
    """Send a ready request to DfE: every field DfE prints from is given (the contact's
    organisation included), and the apprentice's version and option are still the
    certificate's. The apprenticeship moves to ``certificate_requested``."""
    _require_admin(actor, certificate.apprenticeship)
    with _locked(certificate, expected_version) as locked:
        if locked.status == CertificateStatus.SUBMITTED:
            raise StateConflict("certificate_already_submitted",
                                "The certificate has been submitted already.")
        if locked.status == CertificateStatus.DELETED:
            raise StateConflict("certificate_deleted", "The certificate was deleted.")
        missing = rules.missing_to_submit({f: getattr(locked, f) for f in (
            *rules.SUBMIT_REQUIRED,)})
        if locked.status != CertificateStatus.READY or missing:
            raise StateConflict("certificate_incomplete",
                                "The certificate is missing mandatory data: "
                                f"{', '.join(missing) or 'see its fields'}.")
        apprenticeship = locked.apprenticeship
        if apprenticeship.standard_version.version != locked.standard_version:
            raise StateConflict("learner_version_changed",
                                "The apprentice's version has changed: update the "
                                "certificate.")
        learner_option = apprenticeship.option.title if apprenticeship.option_id else ""
        if learner_option and locked.option and learner_option.lower() != locked.option.lower():
            raise StateConflict("learner_option_changed",
                                "The apprentice's option has changed: update the certificate.")
        locked.status = CertificateStatus.SUBMITTED
        locked.submitted_at = timezone.now()
        locked.submitted_by = actor.label
        _event(locked, actor, "submitted", before={"status": CertificateStatus.READY},
               after={"status": locked.status})
        apprenticeship_status_move(apprenticeship=apprenticeship, actor=actor,
                                   status=ApprenticeshipStatus.CERTIFICATE_REQUESTED,
                                   area="result")
    return locked


def certificate_delete(*, actor: Actor, certificate: Certificate,
                       expected_version: int | None = None) -> Certificate:
    """Delete a request before it is submitted (deleting a deleted one changes nothing); it
    keeps its reference, and the apprenticeship stays ``achieved``."""
    _require_admin(actor, certificate.apprenticeship)
    with _locked(certificate, expected_version) as locked:
        if locked.status == CertificateStatus.SUBMITTED:
            raise StateConflict("certificate_submitted",
                                "A submitted certificate is not deleted.")
        if locked.status != CertificateStatus.DELETED:
            before = locked.status
            locked.status = CertificateStatus.DELETED
            _event(locked, actor, "deleted", before={"status": before},
                   after={"status": locked.status})
            if locked.apprenticeship.status == ApprenticeshipStatus.CERTIFICATE_REQUESTED:
                apprenticeship_status_move(apprenticeship=locked.apprenticeship, actor=actor,
                                           status=ApprenticeshipStatus.ACHIEVED, area="result")
    return locked
