"""Writes for learners and apprenticeships.

Single writes (API and admin) and bulk sync (``epa.learners.sync``) share one policy (who may
write: ``require_apprenticeship_writer``, ``provider_errors``), the same rules
(``apprenticeship_errors``, ``rules.locked_changes_errors``, ``rules.epao_approval_covers``,
``rules.with_recorded_email``), the same locks (learners, then apprenticeships:
``learners_locked``, ``apprenticeships_locked``) and the same history (``record_entry``: an
``apprenticeship`` event, ``created`` or ``changed`` with the fields before and after).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, QuerySet
from django.utils import timezone
from psycopg2.extras import execute_values

from epa.core.actor import Actor
from epa.core.audit import Entry, audit_record
from epa.core.bulk import copy_rows
from epa.core.codes import define_field_codes
from epa.core.errors import FieldError, RuleViolation
from epa.core.policy import require
from epa.learners import rules
from epa.learners.history import acting_organisation_id, stream_entry
from epa.learners.models import Achievement, Apprenticeship, Learner
from epa.learners.selectors import acts_as_provider, writable_provider_ids
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
# The details that identify a learner beside the ULN.
IDENTITY_FIELDS = ("given_names", "family_name", "date_of_birth")
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
    # A write naming a shared learner must say who it means: a ULN alone (a partial PATCH)
    # would otherwise link, and so show, another provider's learner.
    if any(f not in values for f in IDENTITY_FIELDS):
        return LEARNER_MISMATCH
    if any(stored[f] != v for f, v in rules.with_recorded_email(values, stored).items()):
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
        _learners_insert_missing(new)
    return Learner.objects.select_for_update().filter(uln__any=ulns).order_by("uln")


def _learners_insert_missing(new: dict[str, dict]) -> None:
    """``INSERT ... ON CONFLICT (uln) DO NOTHING`` of the learners in ``new``, in ULN order:
    on PostgreSQL straight through ``execute_values`` (a batch's 1,000 model instances cost
    more than the statement), elsewhere through ``bulk_create``."""
    if connection.vendor != "postgresql":
        Learner.objects.bulk_create([Learner(uln=uln, **new[uln]) for uln in sorted(new)],
                                    ignore_conflicts=True)
        return
    now = timezone.now()
    rows = [(uln, v["given_names"], v["family_name"], v["date_of_birth"], v.get("email") or "",
             now, now) for uln, v in sorted(new.items())]
    table = connection.ops.quote_name(Learner._meta.db_table)
    with connection.cursor() as cursor:
        execute_values(
            cursor, f"INSERT INTO {table} (uln, given_names, family_name, date_of_birth, "
                    "email, created_at, updated_at) VALUES %s ON CONFLICT (uln) DO NOTHING",
            rows, page_size=1000)


def learners_created(*, new: dict[str, dict]) -> dict[str, dict]:
    """Insert the learners of ``new`` (ULN -> details) that are missing, in ULN order, with
    ``ON CONFLICT (uln) DO NOTHING`` as ``learners_locked`` does, and return the rows inserted
    here by ULN (``id``, ``uln`` and ``LEARNER_FIELDS``): this transaction holds them until it
    ends, and no other provider can have them yet, so they need no lock and no shared-learner
    check. Lock the others with ``learners_locked``. A batch's way in (bulk sync): on
    PostgreSQL the rows are copied (``COPY``) into a temporary table that the one INSERT
    empties; elsewhere they go through ``learners_locked`` and none is returned."""
    if connection.vendor != "postgresql":
        _learners_insert_missing(new)
        return {}
    quote = connection.ops.quote_name
    table, temporary = quote(Learner._meta.db_table), "sync_learners"
    columns = ["uln", *LEARNER_FIELDS]
    now = timezone.now()
    with connection.cursor() as cursor:
        # Lives as long as the connection; ON COMMIT DELETE ROWS, and the INSERT deletes what
        # it reads, so it is empty between batches (also in a test's transaction).
        cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {temporary} ON COMMIT DELETE ROWS "
                       f"AS SELECT {', '.join(columns)} FROM {table} WITH NO DATA")
        copy_rows(cursor, temporary, columns,
                  [(uln, *(v.get(f) or "" if f == "email" else v[f] for f in LEARNER_FIELDS))
                   for uln, v in new.items()])
        cursor.execute(
            f"WITH sent AS (DELETE FROM {temporary} RETURNING *) "
            f"INSERT INTO {table} ({', '.join(columns)}, created_at, updated_at) "
            f"SELECT {', '.join(columns)}, %s, %s FROM sent ORDER BY uln "
            f"ON CONFLICT (uln) DO NOTHING RETURNING id, {', '.join(columns)}", [now, now])
        names = ["id", *columns]
        return {row[1]: dict(zip(names, row, strict=True)) for row in cursor.fetchall()}


def learners_updated(*, changed: dict[str, dict]) -> None:
    """Write the details of learners this transaction holds locked (``learners_locked``):
    ``changed`` maps ULN -> the ``LEARNER_FIELDS`` to store. On PostgreSQL one ``UPDATE ...
    FROM unnest(...)`` with a column of values per field as array parameters (a batch's model
    instances cost more than the statement); elsewhere ``bulk_update``."""
    now = timezone.now()
    if connection.vendor != "postgresql":
        learners = list(Learner.objects.filter(uln__in=list(changed)).order_by("uln"))
        for learner in learners:
            for name, value in changed[learner.uln].items():
                setattr(learner, name, value)
            learner.updated_at = now
        Learner.objects.bulk_update(learners, [*LEARNER_FIELDS, "updated_at"])
        return
    quote = connection.ops.quote_name
    fields = [Learner._meta.get_field(name) for name in ("uln", *LEARNER_FIELDS)]
    ulns = sorted(changed)
    columns = [ulns, *([changed[uln][f] for uln in ulns] for f in LEARNER_FIELDS)]
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {quote(Learner._meta.db_table)} AS learner SET "
            + ", ".join(f"{quote(f.column)} = sent.{quote(f.column)}" for f in fields[1:])
            + f", {quote('updated_at')} = %s FROM unnest("
            + ", ".join(f"%s::{f.db_type(connection)}[]" for f in fields)
            + f") AS sent({', '.join(quote(f.column) for f in fields)}) "
            f"WHERE learner.{quote('uln')} = sent.{quote('uln')}",
            [now, *columns])


def shared_learner_ids(*, learner_ids: Iterable[int], provider: Organisation) -> set[int]:
    """Of ``learner_ids``, the learners another provider also has an apprenticeship for.

    Ask after ``learners_locked`` (in a statement of its own, so that it sees what committed
    while the lock was awaited): the answer then holds until the transaction ends.
    """
    return set(Apprenticeship.objects.filter(learner_id__any=learner_ids)
               .exclude(provider=provider).order_by().values_list("learner_id", flat=True)
               .distinct())


def learner_for_provider(*, provider: Organisation, data: dict
                         ) -> tuple[Learner, dict | None]:
    """The learner with ``data["uln"]``, created or brought up to date with ``data``, locked
    until the transaction ends; and its details as they were (None: created here).

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
    stored = learner_details(learner)
    shared = bool(shared_learner_ids(learner_ids=[learner.pk], provider=provider))
    conflict = learner_details_conflict(stored=stored, values=values, shared=shared)
    if conflict is not None:
        raise RuleViolation([conflict])
    before = stored if new is None else None
    changed = {f: v for f, v in rules.with_recorded_email(values, stored).items()
               if stored[f] != v}
    if not changed:  # shared learners always end here: they match what was sent
        return learner, before
    for field, value in changed.items():
        setattr(learner, field, value)
    learner = learner_save(learner=learner)
    # The feed embeds the learner: its other apprenticeships are changed too.
    Apprenticeship.objects.filter(learner=learner).update(updated_at=timezone.now())
    return learner, before


def learner_details(learner: Learner | Mapping) -> dict:
    """The learner's ULN and details (``LEARNER_FIELDS``), from a model or a row."""
    get = learner.get if isinstance(learner, Mapping) else partial(getattr, learner)
    return {f: get(f) for f in ("uln", *LEARNER_FIELDS)}


def learner_errors(*, uln: str, date_of_birth: dt.date | None,
                   today: dt.date | None = None) -> list[FieldError]:
    errors = rules.uln_errors(uln or "", check_digit=not settings.ULN_SANDBOX)
    if date_of_birth is not None:
        errors += rules.date_of_birth_errors(date_of_birth, today=today or timezone.localdate())
    return errors


@transaction.atomic
def learner_save(*, learner: Learner) -> Learner:
    errors = learner_errors(uln=learner.uln, date_of_birth=learner.date_of_birth)
    if Learner.objects.filter(uln=learner.uln).exclude(pk=learner.pk).exists():
        errors.append(FieldError("uln", "duplicate_uln", "A learner with this ULN exists."))
    if errors:
        raise RuleViolation(errors)
    learner.save()
    return learner


# -- the rules of an apprenticeship record ----------------------------------------------------

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
    """Every rule of an apprenticeship record: its facts' (``apprenticeship_facts_errors``)
    and its dates' (``rules.apprenticeship_date_errors``)."""
    return [*apprenticeship_facts_errors(facts), *rules.apprenticeship_date_errors(
        start_date=start_date, planned_end_date=planned_end_date, date_of_birth=date_of_birth)]


def apprenticeship_facts_errors(facts: ApprenticeshipFacts) -> list[FieldError]:
    """The rules on the catalogue and the organisations a record names: the same for every
    record naming the same ones (a sync batch checks each combination once)."""
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
    return errors


def epao_approvals(*, epao_ids: Iterable[int]) -> dict[tuple[int, int], set[int]]:
    """``{(epao id, standard id): the versions the approval names}`` of the EPAOs' approvals,
    in one query (an approval naming no version is one row with none), for
    ``rules.epao_approval_covers``."""
    approvals: dict[tuple[int, int], set[int]] = {}
    for epao_id, standard_id, version_id in EPAOApproval.objects.filter(
            epao_id__in=list(epao_ids)).values_list("epao_id", "standard_id", "versions"):
        named = approvals.setdefault((epao_id, standard_id), set())
        if version_id is not None:
            named.add(version_id)
    return approvals


def epao_is_approved(epao: Organisation, version: StandardVersion) -> bool:
    return rules.epao_approval_covers(
        epao_approvals(epao_ids=[epao.pk]).get((epao.pk, version.standard_id)), version.pk)


def apprenticeship_facts(apprenticeship: Apprenticeship) -> ApprenticeshipFacts:
    version = apprenticeship.standard_version
    epao = apprenticeship.epao
    approved = epao is not None and epao_is_approved(epao, version)
    return ApprenticeshipFacts(
        version=version, option=apprenticeship.option, provider=apprenticeship.provider,
        employer=apprenticeship.employer, epao=epao, epao_approved=approved)


def apprenticeships_locked(**filters) -> QuerySet[Apprenticeship]:
    """The apprenticeships matching ``filters``, ordered by id, as a query that locks them
    (``SELECT ... FOR UPDATE``) when evaluated, with ``gateway_status`` for the locked-field
    rule. Every write of existing apprenticeships (single, sync, admin) checks on rows read
    this way, after locking their learners (``learners_locked``): learners first, then
    apprenticeships, each in order, so that two writers never wait for each other in a circle.
    """
    # of=self: PostgreSQL refuses FOR UPDATE on the nullable side of an outer join.
    return (Apprenticeship.objects.filter(**filters).select_for_update(of=("self",))
            .annotate(gateway_status=F("gateway__status")).order_by("id"))


def stored_row(apprenticeship: Apprenticeship) -> dict:
    """The columns ``rules.locked_changes_errors`` compares, of a row from
    ``apprenticeships_locked``."""
    return {"status": apprenticeship.status, "gateway_status": apprenticeship.gateway_status,
            **{c: getattr(apprenticeship, c) for c in rules.LOCKED_COLUMNS.values()}}


def apprenticeship_rule_errors(*, apprenticeship: Apprenticeship,
                               stored: Mapping | None) -> list[FieldError]:
    """Every rule on a record as it would be stored (the API's single writes and the admin):
    catalogue, parties and dates, and for a change of a stored row (``stored``, see
    ``stored_row``) the fields locked by the gateway."""
    errors = apprenticeship_errors(
        facts=apprenticeship_facts(apprenticeship), start_date=apprenticeship.start_date,
        planned_end_date=apprenticeship.planned_end_date,
        date_of_birth=apprenticeship.learner.date_of_birth)
    if stored is not None:
        errors += rules.locked_changes_errors(
            stored=stored, values={c: getattr(apprenticeship, c)
                                   for c in rules.LOCKED_COLUMNS.values()})
    return errors


# -- who may write ----------------------------------------------------------------------------

ONLY_PROVIDERS = ("Only a training provider's admins, staff and API keys write "
                  "apprenticeships.")
ONLY_THE_DELIVERING_PROVIDER = "Only the delivering provider changes an apprenticeship."


def require_apprenticeship_writer(actor: Actor) -> None:
    """403 ``role_required`` for a caller with no provider-writer role: create, change, sync."""
    require(actor.is_system or bool(writable_provider_ids(actor)), ONLY_PROVIDERS)


def provider_errors(*, actor: Actor, provider_id: int) -> list[FieldError]:
    """A write names a provider the caller acts for (``provider_not_yours``, a 400 naming the
    field: the caller may write, but not for that provider)."""
    if actor.is_system or provider_id in writable_provider_ids(actor):
        return []
    return [FieldError("provider", "provider_not_yours",
                       "You can only write apprenticeships for a provider you act for.")]


def sync_provider(*, actor: Actor, provider_id: int | None) -> Organisation:
    """The provider a sync writes for: the one named, or the only one the caller acts for."""
    require_apprenticeship_writer(actor)
    if provider_id is None:
        providers = writable_provider_ids(actor)
        if len(providers) != 1:
            raise RuleViolation([FieldError("provider", "required",
                                            "You act for several providers: say which.")])
        provider_id = next(iter(providers))
    errors = provider_errors(actor=actor, provider_id=provider_id)
    provider = Organisation.objects.filter(pk=provider_id).first()
    if not errors and provider is None:
        errors = [FieldError("provider", "does_not_exist", "Unknown provider id.")]
    if errors:
        raise RuleViolation(errors)
    return provider


# -- the history of a record ------------------------------------------------------------------

AREA = "apprenticeship"
STATE_COLUMNS = ("standard_version_id", "option_id", "provider_id", "employer_id", "epao_id",
                 "start_date", "planned_end_date", "planned_otj_hours", "has_ehc_plan")
ACHIEVEMENT_FIELDS = ("subject", "level", "qualification_type", "achieved_on",
                      "evidence_reference")


def _plain(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def version_label(version: StandardVersion) -> str:
    return f"{version.standard.reference}/{version.version}"


# The history's name of each state column and learner field (``learner_details``'s keys),
# worked out once: a sync batch builds a thousand states.
_STATE_NAMES = tuple((column, column.removesuffix("_id")) for column in STATE_COLUMNS)
_LEARNER_NAMES = {f: f"learner.{f}" for f in ("uln", *LEARNER_FIELDS)}


def apprenticeship_state(*, values: Mapping, version: str, learner: Mapping,
                         achievements: Iterable[Mapping] | None) -> dict:
    """A record as its history shows it: the API's field names (``learner.<field>`` for the
    learner), plain JSON values; ``achievements`` only when the write gave them."""
    state = {name: _plain(values[column]) for column, name in _STATE_NAMES}
    state["standard_version"] = version
    state |= {_LEARNER_NAMES[f]: _plain(v) for f, v in learner.items()}
    if achievements is not None:
        state["achievements"] = sorted(
            ({f: _plain(a.get(f, "")) for f in ACHIEVEMENT_FIELDS} for a in achievements),
            key=lambda a: tuple(str(v) for v in a.values()))
    return state


def state_changes(before: Mapping, after: Mapping) -> tuple[dict, dict]:
    """The fields that differ, before and after."""
    changed = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in changed}, {k: after[k] for k in changed}


def record_entry(*, apprenticeship_id: int, organisation_id: int | None, before: dict | None,
                 after: dict) -> Entry | None:
    """The event of a write by the ``organisation_id`` the actor acted for: ``created``
    (``before`` None) or ``changed`` with the fields that changed; None when nothing did."""
    if before is None:
        return stream_entry(apprenticeship_id=apprenticeship_id, area=AREA, action="created",
                            after=after, organisation_id=organisation_id)
    before, after = state_changes(before, after)
    if not after:
        return None
    return stream_entry(apprenticeship_id=apprenticeship_id, area=AREA, action="changed",
                        subject=", ".join(after)[:100], before=before, after=after,
                        organisation_id=organisation_id)


def _record(actor: Actor, apprenticeship: Apprenticeship, before: dict | None,
            after: dict) -> None:
    entry = record_entry(apprenticeship_id=apprenticeship.pk, before=before, after=after,
                         organisation_id=acting_organisation_id(actor, apprenticeship))
    if entry is not None:
        audit_record(actor=actor, entry=entry)


def _state_of(apprenticeship: Apprenticeship, learner: Mapping,
              achievements: Iterable[Mapping] | None) -> dict:
    return apprenticeship_state(
        values={c: getattr(apprenticeship, c) for c in STATE_COLUMNS},
        version=version_label(apprenticeship.standard_version), learner=learner,
        achievements=achievements)


def _achievement_rows(apprenticeship: Apprenticeship) -> list[dict]:
    return [{f: getattr(a, f) for f in ACHIEVEMENT_FIELDS}
            for a in apprenticeship.achievements.all()]


# -- single writes: the API and the admin -----------------------------------------------------

@transaction.atomic
def apprenticeship_create(*, actor: Actor, data: dict) -> Apprenticeship:
    """Create an apprenticeship from ``data`` (the API's fields: ``learner`` as its details,
    matched by ULN and created if new; ``achievements`` if any). Only a provider's writers, for
    a provider they act for."""
    require_apprenticeship_writer(actor)
    _raise(provider_errors(actor=actor, provider_id=data["provider"].pk))
    apprenticeship = Apprenticeship(**_record_values(data))
    learner, _ = _learner_of(apprenticeship.provider, data["learner"])
    apprenticeship.learner = learner
    achievements = data.get("achievements")
    _validate_and_save(apprenticeship, stored=None, achievements=achievements)
    _record(actor, apprenticeship, None,
            _state_of(apprenticeship, learner_details(learner), achievements))
    return apprenticeship


@transaction.atomic
def apprenticeship_update(*, actor: Actor, apprenticeship: Apprenticeship, data: dict
                          ) -> Apprenticeship:
    """Change an apprenticeship with ``data`` (any of the API's fields; learner details without
    a ULN are of the apprenticeship's learner). Only the delivering provider's writers; a new
    provider must be one they act for. The row is locked and checked as it is now."""
    require_apprenticeship_writer(actor)
    require(actor.is_system or acts_as_provider(actor, apprenticeship),
            ONLY_THE_DELIVERING_PROVIDER)
    if "provider" in data:
        _raise(provider_errors(actor=actor, provider_id=data["provider"].pk))
    learner = learner_before = None
    if data.get("learner") is not None:  # learners are locked first, then the apprenticeship
        learner, learner_before = _learner_of(
            data.get("provider", apprenticeship.provider),
            {"uln": apprenticeship.learner.uln, **data["learner"]})
    locked = apprenticeships_locked(pk=apprenticeship.pk).select_related(
        "learner", "standard_version__standard").get()
    require(actor.is_system or acts_as_provider(actor, locked), ONLY_THE_DELIVERING_PROVIDER)
    achievements = data.get("achievements")
    if learner is not None and learner.pk == locked.learner_id:
        old_learner = learner_before
    else:
        old_learner = learner_details(locked.learner)
    before = _state_of(locked, old_learner,
                       None if achievements is None else _achievement_rows(locked))
    stored = stored_row(locked)
    for key, value in _record_values(data).items():
        setattr(locked, key, value)
    if learner is not None:
        locked.learner = learner
    _validate_and_save(locked, stored=stored, achievements=achievements)
    _record(actor, locked, before, _state_of(locked, learner_details(locked.learner),
                                             achievements))
    return locked


def _raise(errors: list[FieldError]) -> None:
    if errors:
        raise RuleViolation(errors)


def _record_values(data: dict) -> dict:
    return {k: v for k, v in data.items() if k not in ("learner", "achievements")}


def _learner_of(provider: Organisation, learner_data: dict) -> tuple[Learner, dict | None]:
    """The learner of a single write, its errors named as the API's fields."""
    try:
        return learner_for_provider(provider=provider, data=learner_data)
    except RuleViolation as exc:
        raise RuleViolation([
            e if e.field == "learner" else FieldError(f"learner.{e.field}", e.code, e.message)
            for e in exc.errors]) from exc


def _validate_and_save(apprenticeship: Apprenticeship, *, stored: Mapping | None,
                       achievements: list[dict] | None) -> None:
    _raise(apprenticeship_rule_errors(apprenticeship=apprenticeship, stored=stored))
    version = apprenticeship.standard_version
    apprenticeship.standard_id = version.standard_id
    duplicate = Apprenticeship.objects.filter(
        provider=apprenticeship.provider, learner=apprenticeship.learner,
        standard_id=version.standard_id).exclude(pk=apprenticeship.pk)
    if duplicate.exists():
        raise RuleViolation([FieldError(
            "learner", "duplicate_apprenticeship",
            "This provider already has an apprenticeship for this learner on this standard.")])
    if apprenticeship.pk is None:
        apprenticeship.save()
    else:
        # The status belongs to the gateway and EPA flows: a change of the record never writes
        # it (the row is locked, but the flows own the column).
        apprenticeship.save(update_fields=[
            f.name for f in Apprenticeship._meta.concrete_fields
            if not f.primary_key and f.name not in ("status", "created_at")])
    if achievements is not None:
        apprenticeship.achievements.all().delete()
        Achievement.objects.bulk_create(
            Achievement(apprenticeship=apprenticeship, **a) for a in achievements)
