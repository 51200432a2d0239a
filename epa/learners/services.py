"""Writes for learners and apprenticeships. Single writes, admin and bulk sync all validate
through ``apprenticeship_errors`` with the same rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from epa.core.codes import define_field_codes
from epa.core.errors import FieldError, RuleViolation
from epa.learners import rules
from epa.learners.models import Achievement, Apprenticeship, Learner
from epa.organisations.models import EPAOApproval, Organisation, OrganisationKind
from epa.standards.models import Option, StandardStatus, StandardVersion

CLOSED_STATUSES = {StandardStatus.WITHDRAWN, StandardStatus.RETIRED}

# Every code the rules below can give, by field: declared in the OpenAPI schema.
LEARNER_ERROR_CODES = define_field_codes("learners.learner", {
    "uln": ["invalid_uln", "invalid_uln_check_digit", "temporary_uln"],
    "date_of_birth": ["date_of_birth_in_future", "date_of_birth_implausible"],
})
APPRENTICESHIP_ERROR_CODES = define_field_codes("learners.apprenticeship", {
    "standard_version": ["standard_version_closed", "locked_after_gateway"],
    "option": ["option_not_in_version", "option_not_allowed", "locked_after_gateway"],
    "provider": ["not_a_provider", "provider_not_yours", "locked_after_gateway"],
    "employer": ["not_an_employer", "locked_after_gateway"],
    "epao": ["not_an_epao", "epao_not_approved", "locked_after_gateway", "gateway_submitted"],
    "planned_end_date": ["end_before_start"],
    "start_date": ["learner_too_young", "locked_after_gateway"],
    "learner": ["duplicate_apprenticeship", "learner_mismatch"],
})
LEARNER_FIELDS = ("given_names", "family_name", "date_of_birth", "email")
LEARNER_MISMATCH = FieldError(
    "learner", "learner_mismatch",
    "A learner with this ULN is already recorded, for another provider, with other details. "
    "Send the details on record; corrections go through the provider that recorded them.")


def learner_details_conflict(*, stored: Mapping | None, values: dict,
                             shared: bool) -> FieldError | None:
    """A provider may not change the details of a learner another provider also has.

    ``stored`` are the learner's details on record (``LEARNER_FIELDS``; None: no learner yet),
    ``values`` those sent; an empty email means "not given". Returns the error, or None when
    the write may go ahead.
    """
    if stored is None or not shared:
        return None
    sent = {f: v for f, v in values.items() if f != "email" or v}
    if any(stored[f] != v for f, v in sent.items()):
        return LEARNER_MISMATCH
    return None


def learners_locked(*, ulns: Iterable[str], new: dict[str, dict] | None = None
                    ) -> QuerySet[Learner]:
    """The learners with ``ulns``, in ULN order, as a query that locks them
    (``SELECT ... FOR UPDATE``) until the transaction ends when evaluated: evaluate it (once,
    all of it) inside the transaction, before any check on them.

    ``new`` holds the details of learners to create first when missing. They are inserted with
    ``ON CONFLICT DO NOTHING``: a learner another transaction is creating at the same moment is
    waited for and left as that one wrote it. Rows are inserted and locked in ULN order, so two
    writers never wait for each other in a circle. Every write that gives a learner an
    apprenticeship takes these locks first, so the rules on the details (``shared_learner_ids``,
    ``learner_details_conflict``) must run on the learners as locked: a learner read earlier
    without the lock may have been created, changed or shared since.
    """
    if new:
        Learner.objects.bulk_create([Learner(uln=uln, **new[uln]) for uln in sorted(new)],
                                    ignore_conflicts=True)
    return Learner.objects.select_for_update().filter(uln__in=list(ulns)).order_by("uln")


def shared_learner_ids(*, learner_ids: Iterable[int], provider: Organisation) -> set[int]:
    """Of ``learner_ids``, the learners another provider also has an apprenticeship for.

    Ask after ``learners_locked`` (in a statement of its own, so that it sees what committed
    while the lock was awaited): the answer then holds until the transaction ends.
    """
    return set(Apprenticeship.objects.filter(learner_id__in=list(learner_ids))
               .exclude(provider=provider).order_by().values_list("learner_id", flat=True)
               .distinct())


def learner_for_provider(*, provider: Organisation, data: dict) -> Learner:
    """The learner with ``data["uln"]``, created or brought up to date with ``data``, locked
    until the transaction ends.

    Details of a learner another provider also has are never changed here (see
    ``learner_details_conflict``); an email not given keeps the one on record.
    """
    uln = data["uln"]
    values = {f: data[f] for f in LEARNER_FIELDS if f in data}
    new = None
    if not Learner.objects.filter(uln=uln).exists():
        errors = [FieldError(f, "required", "This field is required for a new learner.")
                  for f in ("given_names", "family_name", "date_of_birth") if f not in values]
        errors += learner_errors(uln=uln, date_of_birth=values.get("date_of_birth"))
        if errors:
            raise RuleViolation(errors)
        new = {uln: values}
    learner = learners_locked(ulns=[uln], new=new).get()
    shared = bool(shared_learner_ids(learner_ids=[learner.pk], provider=provider))
    conflict = learner_details_conflict(
        stored={f: getattr(learner, f) for f in LEARNER_FIELDS}, values=values, shared=shared)
    if conflict is not None:
        raise RuleViolation([conflict])
    changed = {f: v for f, v in values.items()
               if (f != "email" or v) and getattr(learner, f) != v}
    if not changed:  # shared learners always end here: they match what was sent
        return learner
    for field, value in changed.items():
        setattr(learner, field, value)
    return learner_save(learner=learner)


@transaction.atomic
def apprenticeship_write(*, apprenticeship: Apprenticeship, values: dict,
                         learner_data: dict | None, achievements: list[dict] | None
                         ) -> Apprenticeship:
    """Create or change one apprenticeship from an API write: its learner (matched by ULN), its
    fields, and its English and maths achievements (replaced when given)."""
    for key, value in values.items():
        setattr(apprenticeship, key, value)
    if learner_data is not None:
        if "uln" not in learner_data and apprenticeship.learner_id is not None:
            # A change of some details (PATCH): of the learner the apprenticeship has.
            learner_data = {**learner_data, "uln": apprenticeship.learner.uln}
        try:
            apprenticeship.learner = learner_for_provider(provider=apprenticeship.provider,
                                                          data=learner_data)
        except RuleViolation as exc:
            raise RuleViolation([
                e if e.field == "learner" else FieldError(f"learner.{e.field}", e.code, e.message)
                for e in exc.errors]) from exc
    apprenticeship_save(apprenticeship=apprenticeship)
    if achievements is not None:
        apprenticeship.achievements.all().delete()
        Achievement.objects.bulk_create(
            Achievement(apprenticeship=apprenticeship, **a) for a in achievements)
    return apprenticeship


def raise_field_errors(errors: list[FieldError]) -> None:
    """For model ``clean()`` (admin, management commands): Django's ValidationError."""
    if errors:
        raise ValidationError({
            e.field: ValidationError(e.message, code=e.code) for e in errors
        })


def learner_errors(*, uln: str, date_of_birth: dt.date | None,
                   today: dt.date | None = None) -> list[FieldError]:
    errors = rules.uln_errors(uln or "")
    if date_of_birth is not None:
        errors += rules.date_of_birth_errors(date_of_birth, today=today or timezone.localdate())
    return errors


@dataclass(frozen=True)
class ApprenticeshipFacts:
    """What the rules need to know about the catalogue and organisations for one record."""

    version: StandardVersion
    option: Option | None
    provider: Organisation
    employer: Organisation
    epao: Organisation | None
    epao_approved: bool


def apprenticeship_errors(*, facts: ApprenticeshipFacts, start_date: dt.date,
                          planned_end_date: dt.date,
                          date_of_birth: dt.date | None) -> list[FieldError]:
    errors: list[FieldError] = []
    version = facts.version
    if version.status in CLOSED_STATUSES or version.standard.status in CLOSED_STATUSES:
        errors.append(FieldError("standard_version", "standard_version_closed",
                                 f"{version} is {version.get_status_display().lower()}; "
                                 "no new apprenticeships."))
    if facts.option is not None and facts.option.version_id != version.pk:
        errors.append(FieldError("option", "option_not_in_version",
                                 f"{facts.option.title!r} is not an option of {version}."))
    if facts.option is not None and not version.core_and_options:
        errors.append(FieldError("option", "option_not_allowed",
                                 f"{version} has no options."))
    if facts.provider.kind != OrganisationKind.PROVIDER:
        errors.append(FieldError("provider", "not_a_provider", "Not a training provider."))
    if facts.employer.kind != OrganisationKind.EMPLOYER:
        errors.append(FieldError("employer", "not_an_employer", "Not an employer."))
    if facts.epao is not None:
        if facts.epao.kind != OrganisationKind.EPAO:
            errors.append(FieldError("epao", "not_an_epao", "Not an end-point assessment "
                                                            "organisation."))
        elif not facts.epao_approved:
            errors.append(FieldError("epao", "epao_not_approved",
                                     f"{facts.epao.name} is not approved to assess {version}."))
    errors += rules.apprenticeship_date_errors(
        start_date=start_date, planned_end_date=planned_end_date, date_of_birth=date_of_birth)
    return errors


def epao_is_approved(epao: Organisation, version: StandardVersion) -> bool:
    approval = EPAOApproval.objects.filter(epao=epao, standard_id=version.standard_id).first()
    if approval is None:
        return False
    versions = set(approval.versions.values_list("pk", flat=True))
    return not versions or version.pk in versions


def apprenticeship_facts(apprenticeship: Apprenticeship) -> ApprenticeshipFacts:
    version = apprenticeship.standard_version
    epao = apprenticeship.epao
    return ApprenticeshipFacts(
        version=version, option=apprenticeship.option, provider=apprenticeship.provider,
        employer=apprenticeship.employer, epao=epao,
        epao_approved=epao is not None and epao_is_approved(epao, version),
    )


@transaction.atomic
def apprenticeship_save(*, apprenticeship: Apprenticeship, learner_data: dict | None = None
                        ) -> Apprenticeship:
    """Validate and save one apprenticeship (created or changed through the API or admin)."""
    version = apprenticeship.standard_version
    learner = apprenticeship.learner
    errors = apprenticeship_errors(
        facts=apprenticeship_facts(apprenticeship), start_date=apprenticeship.start_date,
        planned_end_date=apprenticeship.planned_end_date, date_of_birth=learner.date_of_birth)
    if apprenticeship.pk is not None:
        errors += _locked_changes(apprenticeship)
    if errors:
        raise RuleViolation(errors)
    apprenticeship.standard_id = version.standard_id
    duplicate = Apprenticeship.objects.filter(
        provider=apprenticeship.provider, learner=learner, standard_id=version.standard_id
    ).exclude(pk=apprenticeship.pk)
    if duplicate.exists():
        raise RuleViolation([FieldError(
            "learner", "duplicate_apprenticeship",
            "This provider already has an apprenticeship for this learner on this standard.")])
    if apprenticeship.pk is None:
        apprenticeship.save()
    else:
        # The status belongs to the gateway and EPA flows: a change of the record never writes
        # it back (it may have moved since this request read the row).
        apprenticeship.save(update_fields=[
            f.name for f in Apprenticeship._meta.concrete_fields
            if not f.primary_key and f.name not in ("status", "created_at")])
    return apprenticeship


def _locked_changes(apprenticeship: Apprenticeship) -> list[FieldError]:
    columns = {f: f if f == "start_date" else f"{f}_id" for f in rules.LOCKED_AFTER_GATEWAY}
    stored = Apprenticeship.objects.select_for_update(of=("self",)).filter(
        pk=apprenticeship.pk).values("status", "gateway__status", *columns.values()).first()
    if stored is None:
        return []
    changed = {f for f, column in columns.items()
               if stored[column] != getattr(apprenticeship, column)}
    return rules.locked_field_errors(status=stored["status"], changed=changed,
                                     gateway_status=stored["gateway__status"])


@transaction.atomic
def learner_save(*, learner: Learner) -> Learner:
    errors = learner_errors(uln=learner.uln, date_of_birth=learner.date_of_birth)
    if Learner.objects.filter(uln=learner.uln).exclude(pk=learner.pk).exists():
        errors.append(FieldError("uln", "duplicate_uln", "A learner with this ULN exists."))
    if errors:
        raise RuleViolation(errors)
    learner.save()
    return learner
