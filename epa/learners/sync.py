"""Bulk sync of apprenticeships from a training provider's system.

A batch of up to ``settings.SYNC_MAX_RECORDS`` records, keyed by ULN and standard reference, is
validated in memory (the same rules as a single write) against data loaded in a few set-based
queries, then written with ``INSERT ... ON CONFLICT DO UPDATE`` for learners and apprenticeships.
Each record gets its own outcome; valid records are stored even when others fail. The number
of queries does not depend on the number of records.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone

from epa.core.actor import Actor
from epa.core.audit import Entry, audit_record, stream
from epa.core.bulk import copy_rows
from epa.core.errors import FieldError, Forbidden, RuleViolation, StateConflict
from epa.learners.history import acting_organisation_id, events_record
from epa.learners.models import Achievement, Apprenticeship, ApprenticeshipStatus, Learner
from epa.learners.rules import (
    apprenticeship_date_errors,
    epao_approval_covers,
    locked_changes_errors,
    with_recorded_email,
)
from epa.learners.services import (
    ACHIEVEMENT_FIELDS,
    LEARNER_FIELDS,
    LEARNER_MISMATCH,
    ApprenticeshipFacts,
    apprenticeship_facts_errors,
    apprenticeship_state,
    apprenticeships_locked,
    epao_approvals,
    learner_details,
    learner_details_conflict,
    learner_errors,
    learners_created,
    learners_locked,
    learners_updated,
    record_entry,
    shared_learner_ids,
    stored_row,
    sync_provider,
    version_label,
)
from epa.organisations.models import Organisation
from epa.standards.models import Option, StandardVersion

APPRENTICESHIP_FIELDS = ("standard_version_id", "option_id", "employer_id", "epao_id",
                         "start_date", "planned_end_date", "planned_otj_hours", "has_ehc_plan")
_FIELD_NAMES = [f.removesuffix("_id") for f in APPRENTICESHIP_FIELDS]
SYNC_FIELD_NAMES = {"standard_version": "version"}  # a record's name for the field


class Outcome(enum.StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass
class RecordResult:
    index: int
    uln: str
    standard: str
    outcome: Outcome = Outcome.UNCHANGED
    apprenticeship_id: int | None = None
    errors: list[FieldError] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The result as the API shows it (``SyncResult``)."""
        return {
            "index": self.index, "uln": self.uln, "standard": self.standard,
            "outcome": self.outcome.value, "apprenticeship_id": self.apprenticeship_id,
            "errors": [{"attr": e.field, "code": e.code, "detail": e.message}
                       for e in self.errors],
        }


@dataclass
class _Planned:
    result: RecordResult
    record: dict
    version: StandardVersion
    option: Option | None


def _achievements_key(items) -> tuple:
    return tuple(sorted(tuple(str(item[f]) for f in ACHIEVEMENT_FIELDS) for item in items))


def _details_differ(stored: dict, sent: dict) -> bool:
    """Whether learner details ``sent`` (an empty email: not given) differ from ``stored``."""
    recorded = with_recorded_email(sent, stored)
    return any(stored[f] != recorded[f] for f in LEARNER_FIELDS)


class _Catalogue:
    """Everything the rules need for a batch, loaded with one query per kind of thing."""

    def __init__(self, records: list[dict], provider: Organisation) -> None:
        # The learners as they are now, unlocked, and this provider's apprenticeships of them,
        # as plain rows (a thousand model instances are a noticeable part of a batch): a
        # record equal to its row (and its learner's) is unchanged, and is not written, locked
        # or recorded. The write checks again on locked rows (``_write``).
        self.learners, self.apprenticeships = _stored_rows({r["uln"] for r in records},
                                                           provider)
        # Each record's learner details (an empty email: not given), and whether they differ
        # from its learner's as read (False for a new learner), by the record's index.
        self.sent = [{f: r.get(f, "") for f in LEARNER_FIELDS} for r in records]
        self.details_differ = [
            (learner := self.learners.get(r["uln"])) is not None and _details_differ(learner, sent)
            for r, sent in zip(records, self.sent, strict=True)]
        # Whether another provider also has the learner (their details are not this
        # provider's to change): it decides only for details sent otherwise than stored, so
        # it is asked for those learners only (none in a batch that changes no details).
        shared = shared_learner_ids(provider=provider, learner_ids={
            self.learners[r["uln"]]["id"]
            for r, differs in zip(records, self.details_differ, strict=True) if differs})
        for learner in self.learners.values():
            learner["shared"] = learner["id"] in shared
        refs = {r["standard"] for r in records}
        self.versions = {
            (v.standard.reference, v.version): v
            for v in StandardVersion.objects.filter(standard__reference__in=refs)
            .select_related("standard")
        }
        self.options = {
            (o.version_id, o.title.lower()): o
            for o in Option.objects.filter(version__in=list(self.versions.values()))
        }
        self.version_labels = {v.pk: version_label(v) for v in self.versions.values()}
        org_ids = {r["employer"] for r in records} | {r["epao"] for r in records if r.get("epao")}
        self.organisations = Organisation.objects.in_bulk(org_ids)
        self.approvals = epao_approvals(epao_ids=org_ids)

        self._facts_errors: dict[tuple, list[FieldError]] = {}

    def epao_approved(self, epao: Organisation | None, version: StandardVersion) -> bool:
        return epao is not None and epao_approval_covers(
            self.approvals.get((epao.pk, version.standard_id)), version.pk)

    def facts_errors(self, version: StandardVersion, option: Option | None,
                     provider: Organisation, employer: Organisation,
                     epao: Organisation | None) -> list[FieldError]:
        """``apprenticeship_facts_errors`` of a record naming these, worked out once per
        combination in a batch (a copy: the caller adds the record's own)."""
        key = (version.pk, option and option.pk, employer.pk, epao and epao.pk)
        errors = self._facts_errors.get(key)
        if errors is None:
            errors = self._facts_errors[key] = apprenticeship_facts_errors(ApprenticeshipFacts(
                version=version, option=option, provider=provider, employer=employer,
                epao=epao, epao_approved=self.epao_approved(epao, version)))
        return list(errors)


_LEARNER_COLUMNS = ("id", "uln", *LEARNER_FIELDS)
_ROW_COLUMNS = ("learner_id", "standard_id", "id", *APPRENTICESHIP_FIELDS)


def _stored_rows(ulns: set[str], provider: Organisation
                 ) -> tuple[dict[str, dict], dict[tuple[int, int], tuple]]:
    """The learners with ``ulns`` (by ULN: ``id``, ``uln`` and ``LEARNER_FIELDS``), and
    ``provider``'s apprenticeships of them (by learner id and standard id: ``id`` and
    ``APPRENTICESHIP_FIELDS``, in order), read without locks.

    On PostgreSQL one query that looks each ULN up by its index (a LATERAL subquery, which the
    planner cannot turn into a join): for a batch's share of a table of some tens of thousands
    of rows, it otherwise scans both tables (5.7 ms for the apprenticeships alone at 21,000
    rows, 1.0 ms by the index). Elsewhere, two ORM queries."""
    if connection.vendor != "postgresql":
        learners = {row["uln"]: row for row in Learner.objects.filter(uln__any=ulns)
                    .values(*_LEARNER_COLUMNS)}
        rows = {(row[0], row[1]): row[2:] for row in Apprenticeship.objects.filter(
            provider=provider, learner_id__any=[row["id"] for row in learners.values()],
        ).order_by().values_list(*_ROW_COLUMNS)}
        return learners, rows
    quote = connection.ops.quote_name
    learner_columns = ", ".join(f"l.{quote(c)}" for c in _LEARNER_COLUMNS)
    row_columns = ", ".join(f"a.{quote(c)}" for c in _ROW_COLUMNS[1:])
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {learner_columns}, {row_columns} "
            f"FROM unnest(%s::varchar[]) AS sent(uln) "
            f"CROSS JOIN LATERAL (SELECT {', '.join(quote(c) for c in _LEARNER_COLUMNS)} "
            f"FROM {quote(Learner._meta.db_table)} WHERE uln = sent.uln LIMIT 1) AS l "
            f"LEFT JOIN {quote(Apprenticeship._meta.db_table)} AS a "
            f"ON a.learner_id = l.id AND a.provider_id = %s",
            [list(ulns), provider.pk])
        fetched = cursor.fetchall()
    width = len(_LEARNER_COLUMNS)
    learners, rows = {}, {}
    for row in fetched:
        if row[1] not in learners:
            learners[row[1]] = dict(zip(_LEARNER_COLUMNS, row[:width], strict=True))
        if row[width + 1] is not None:  # the apprenticeship's id: the provider has one
            rows[(row[0], row[width])] = row[width + 1:]
    return learners, rows


# Within the caller's transaction when there is one (the API's, with its Idempotency-Key),
# without a savepoint: a refusal raises and rolls the whole request back.
@transaction.atomic(savepoint=False)
def apprenticeships_sync(*, actor: Actor, provider_id: int | None, records: list[dict],
                         today: dt.date | None = None,
                         withdraw: Withdraw | None = None) -> list[RecordResult]:
    """Create or update a provider's apprenticeships (and their learners) from ``records``.

    The same policy as a single write: a caller with no provider-writer role is refused (403
    ``role_required``), a provider it does not act for is a 400 ``provider_not_yours`` on
    ``provider`` (``provider_id`` None: the only provider the caller acts for).
    ``records`` are already shape-checked dicts (see ``api.serializers.SyncRecordSerializer``);
    this applies the business rules and writes, and records an event per record created or
    changed. Returns one result per record, in order.
    """
    provider = sync_provider(actor=actor, provider_id=provider_id)
    catalogue = _Catalogue(records, provider)
    today = today or timezone.localdate()
    results: list[RecordResult] = []
    planned: list[_Planned] = []
    withdrawing: list[_Planned] = []
    seen_keys: set[tuple[str, str]] = set()
    learner_rows: dict[str, dict] = {}

    for index, record in enumerate(records):
        result = RecordResult(index=index, uln=record["uln"], standard=record["standard"])
        results.append(result)
        errors = learner_errors(uln=record["uln"], date_of_birth=record["date_of_birth"],
                                today=today)
        version = catalogue.versions.get((record["standard"], record["version"]))
        option = None
        if version is None:
            errors.append(FieldError("version", "unknown_version",
                                     f"{record['standard']} has no version {record['version']} "
                                     "in the catalogue."))
        elif record.get("option"):
            option = catalogue.options.get((version.pk, record["option"].strip().lower()))
            if option is None:
                errors.append(FieldError("option", "unknown_option",
                                         f"{record['option']!r} is not an option of {version}."))
        employer = catalogue.organisations.get(record["employer"])
        epao = catalogue.organisations.get(record["epao"]) if record.get("epao") else None
        if employer is None:
            errors.append(FieldError("employer", "does_not_exist", "Unknown employer id."))
        if record.get("epao") and epao is None:
            errors.append(FieldError("epao", "does_not_exist", "Unknown EPAO id."))
        if version is not None and employer is not None:
            errors += catalogue.facts_errors(version, option, provider, employer, epao)
            errors += apprenticeship_date_errors(
                start_date=record["start_date"], planned_end_date=record["planned_end_date"],
                date_of_birth=record["date_of_birth"])
        if record.get("status") == "withdrawn":  # withdrawn when, and why (sync_withdraw)
            errors += [FieldError(f, "required", "Required to withdraw.")
                       for f in ("withdrawn_on", "withdrawal_reason") if not record.get(f)]
        key = (record["uln"], record["standard"])
        if key in seen_keys:
            errors.append(FieldError("uln", "duplicate_in_batch",
                                     "An earlier record in this batch has the same ULN and "
                                     "standard."))
        existing = catalogue.learners.get(record["uln"])
        sent = catalogue.sent[index]
        conflict = learner_details_conflict(stored=existing, values=sent,
                                            shared=existing is not None and existing["shared"])
        if conflict is not None:
            errors.append(conflict)
        if not errors and record["uln"] in learner_rows and (
                with_recorded_email(learner_rows[record["uln"]], existing)
                != with_recorded_email(sent, existing)):
            errors.append(FieldError("uln", "conflicting_learner",
                                     "An earlier record in this batch gives this ULN other "
                                     "learner details."))
        if errors:
            result.outcome, result.errors = Outcome.ERROR, errors
            continue
        seen_keys.add(key)
        learner_rows.setdefault(record["uln"], sent)
        item = _Planned(result, record, version, option)
        if record.get("status") == "withdrawn":
            withdrawing.append(item)  # after the write, stored or left as it was
        stored_id = _unchanged_id(catalogue, index, existing, record, version, option)
        if stored_id is not None:
            result.apprenticeship_id = stored_id
            continue
        planned.append(item)

    def summary() -> Entry:
        """The batch's own event, on the provider's stream (the ``sync.completed`` webhook)."""
        counts = {o.value: 0 for o in Outcome}
        for result in results:
            counts[result.outcome] += 1
        return Entry(stream=stream("organisation", provider.pk), area="apprenticeship",
                     action="sync_completed", after={"records": len(results), **counts},
                     organisation_id=provider.pk)

    if planned:
        ulns = {item.record["uln"] for item in planned}
        _write(actor, provider, planned,
               {uln: sent for uln, sent in learner_rows.items() if uln in ulns}, catalogue,
               summary)
    else:
        audit_record(actor=actor, entry=summary())
    if withdraw is not None and withdrawing:
        _withdraw(actor, withdrawing, withdraw)
    return results


# The withdrawal service (``epa.pathways.services.sync_withdraw``, above this app), given by the
# caller: (actor, apprenticeship id, date, reason) -> whether it withdrew (False: withdrawn
# already). It raises the domain's refusals.
Withdraw = Callable[..., bool]


def _withdraw(actor: Actor, items: list[_Planned], withdraw: Withdraw) -> None:
    """Withdraw the stored records that say ``status: withdrawn``, each by the one withdrawal
    service and in a savepoint of its own: a refusal is the record's error and undoes only the
    withdrawal (the record's data stays stored, as its result's id shows)."""
    for item in items:
        if item.result.outcome == Outcome.ERROR or item.result.apprenticeship_id is None:
            continue
        try:
            with transaction.atomic():
                withdrew = withdraw(actor=actor, apprenticeship_id=item.result.apprenticeship_id,
                                    withdrawn_on=item.record["withdrawn_on"],
                                    reason=item.record["withdrawal_reason"])
        except RuleViolation as exc:
            item.result.outcome, item.result.errors = Outcome.ERROR, list(exc.errors)
            continue
        except (StateConflict, Forbidden) as exc:
            item.result.outcome = Outcome.ERROR
            item.result.errors = [FieldError("status", exc.code, exc.message)]
            continue
        if withdrew and item.result.outcome == Outcome.UNCHANGED:
            item.result.outcome = Outcome.UPDATED


def _record_row(record: dict, version: StandardVersion, option: Option | None) -> tuple:
    """A valid record's apprenticeship columns (``APPRENTICESHIP_FIELDS``) as stored, in
    order."""
    return (version.id, option.id if option else None, record["employer"], record.get("epao"),
            record["start_date"], record["planned_end_date"], record.get("planned_otj_hours"),
            record.get("has_ehc_plan", False))


def _record_values(record: dict, version: StandardVersion, option: Option | None) -> dict:
    """``_record_row`` by column name."""
    return dict(zip(APPRENTICESHIP_FIELDS, _record_row(record, version, option), strict=True))


def _unchanged_id(catalogue: _Catalogue, index: int, learner: dict | None, record: dict,
                  version: StandardVersion, option: Option | None) -> int | None:
    """The id of the apprenticeship a valid record (``records[index]``) leaves as it is (its
    learner's details and its columns as read, no achievements given), or None: the record is
    written. Read without locks: a record that writes nothing needs none (its outcome holds as
    of the read)."""
    if learner is None or record.get("achievements") is not None \
            or catalogue.details_differ[index]:
        return None
    row = catalogue.apprenticeships.get((learner["id"], version.standard_id))
    if row is None or _record_row(record, version, option) != row[1:]:
        return None
    return row[0]


def _write(actor: Actor, provider: Organisation, planned: list[_Planned],
           learner_rows: dict[str, dict], catalogue: _Catalogue, summary) -> None:
    """Store the planned records. ``learner_rows`` are the learner details each ULN's records
    sent (an empty email: not given); ``catalogue.learners`` the learners as read, unlocked,
    for the checks."""
    # Lock the learners (creating those that were missing), then check the shared-learner rule
    # again on them: another provider may have created, changed or taken on a learner since it
    # was read, and a refused record is an error like any other.
    missing = {uln: values for uln, values in learner_rows.items()
               if uln not in catalogue.learners}
    created = learners_created(new=missing) if missing else {}
    locked = list(learners_locked(ulns=[uln for uln in learner_rows if uln not in created])
                  .values("id", "uln", *LEARNER_FIELDS))
    shared = shared_learner_ids(learner_ids=[row["id"] for row in locked], provider=provider)
    learners = {row["uln"]: row for row in locked} | created
    refused, changed_learners = set(), {}
    for uln, sent in learner_rows.items():
        stored = learners[uln]
        if learner_details_conflict(stored=stored, values=sent, shared=stored["id"] in shared):
            refused.add(uln)
            continue
        values = with_recorded_email(sent, stored)
        if any(stored[f] != v for f, v in values.items()):
            changed_learners[uln] = values
    if refused:
        for item in planned:
            if item.record["uln"] in refused:
                item.result.outcome, item.result.errors = Outcome.ERROR, [LEARNER_MISMATCH]
        planned = [item for item in planned if item.record["uln"] not in refused]
        if not planned:
            return
    if changed_learners:
        learners_updated(changed=changed_learners)
    learner_ids = {uln: row["id"] for uln, row in learners.items() if uln not in refused}

    with_achievements = any(p.record.get("achievements") is not None for p in planned)
    # The rows this batch may change, locked as a single write locks its row (one statement,
    # in id order), so the locked-field rule holds against the gateway's and EPA's moves.
    # A learner created by this batch has none yet (none asked for: no query for a new batch).
    existing = {
        (a.learner_id, a.standard_id): a
        for a in apprenticeships_locked(
            provider=provider,
            learner_id__any=[pk for uln, pk in learner_ids.items() if uln not in created],
            standard_id__in={p.version.standard_id for p in planned},
        ).only("learner", "standard", "provider", "status", *_FIELD_NAMES).prefetch_related(
            *(["achievements"] if with_achievements else []))
    }
    to_write: list[tuple] = []  # _UPSERT_COLUMNS
    achievements_for: dict[tuple[int, int], list[dict]] = {}
    written: list[tuple[_Planned, tuple[int, int], dict, Apprenticeship | None]] = []
    for item in planned:
        record = item.record
        values = _record_values(record, item.version, item.option)
        key = (learner_ids[record["uln"]], item.version.standard_id)
        current = existing.get(key)
        if current is not None:
            locked = locked_changes_errors(stored=stored_row(current), values=values,
                                           names=SYNC_FIELD_NAMES)
            if locked:
                item.result.outcome, item.result.errors = Outcome.ERROR, locked
                continue
        achievements = record.get("achievements")
        achievements_changed = achievements is not None and (
            current is None or _achievements_key(achievements) != _achievements_key(
                [{f: getattr(a, f) for f in ACHIEVEMENT_FIELDS}
                 for a in current.achievements.all()]))
        fields_changed = current is None or any(
            getattr(current, f) != v for f, v in values.items())
        if fields_changed or achievements_changed:
            to_write.append((provider.pk, *key, *values.values()))
        if achievements_changed:
            achievements_for[key] = achievements
        if current is None:
            item.result.outcome = Outcome.CREATED
        elif fields_changed or achievements_changed or record["uln"] in changed_learners:
            item.result.outcome = Outcome.UPDATED
        if item.result.outcome in (Outcome.CREATED, Outcome.UPDATED):
            written.append((item, key, values, current))

    written_ids = _apprenticeships_upsert(to_write) if to_write else {}
    if changed_learners:
        # The feed embeds the learner: every apprenticeship of a changed learner is changed
        # (those the upsert just wrote have their new time already: not written twice).
        Apprenticeship.objects.filter(learner_id__any=[
            learner_ids[uln] for uln in changed_learners if uln in learner_ids
        ]).exclude(pk__any=written_ids.values()).update(updated_at=timezone.now())
    ids = {key: row.pk for key, row in existing.items()} | written_ids
    if any((learner_ids[p.record["uln"]], p.version.standard_id) not in ids for p in planned):
        ids = {  # elsewhere than PostgreSQL: the rows written are read back
            (learner_id, standard_id): pk
            for pk, learner_id, standard_id in Apprenticeship.objects.filter(
                provider=provider, learner_id__any=learner_ids.values(),
                standard_id__in={p.version.standard_id for p in planned},
            ).values_list("id", "learner_id", "standard_id")
        }
    for item in planned:
        item.result.apprenticeship_id = ids[(learner_ids[item.record["uln"]],
                                             item.version.standard_id)]
    if achievements_for:
        targets = [ids[key] for key in achievements_for]
        Achievement.objects.filter(apprenticeship_id__in=targets).delete()
        Achievement.objects.bulk_create(
            Achievement(apprenticeship_id=ids[key], **item)
            for key, items in achievements_for.items() for item in items
        )
    # The history: one event per record created or changed, and the batch's summary, written
    # in one INSERT.
    mine = actor.organisation_ids()
    events_record(actor=actor, entries=[*(
        entry for item, key, values, current in written
        if (entry := _entry(provider, catalogue, learners, changed_learners, item, ids[key],
                            values, current, acting_organisation_id(
                                actor, mine=mine, parties=(values["epao_id"], provider.pk,
                                                           values["employer_id"]))))
        is not None), summary()])


_UPSERT_COLUMNS = ("provider_id", "learner_id", "standard_id", *APPRENTICESHIP_FIELDS)


def _apprenticeships_upsert(rows: list[tuple]) -> dict[tuple[int, int], int]:
    """``INSERT ... ON CONFLICT (provider, learner, standard) DO UPDATE`` of ``rows``
    (``_UPSERT_COLUMNS``; a new row ``in_training``, a stored row keeps its status), and the ids
    of the rows written by (learner id, standard id). On PostgreSQL the rows are copied
    (``COPY``) into a temporary table, emptied by the one upsert that reads them, with
    ``RETURNING`` (preparing 1,000 model instances' values cost more than the SQL, and
    ``execute_values`` formats each row in Python); elsewhere ``bulk_create``, and no ids
    (they are read back)."""
    if connection.vendor != "postgresql":
        Apprenticeship.objects.bulk_create(
            [Apprenticeship(**dict(zip(_UPSERT_COLUMNS, row, strict=True))) for row in rows],
            update_conflicts=True, unique_fields=["provider", "learner", "standard"],
            update_fields=[*_FIELD_NAMES, "updated_at"])
        return {}
    quote = connection.ops.quote_name
    columns = ", ".join(quote(c) for c in _UPSERT_COLUMNS)
    updated = [*APPRENTICESHIP_FIELDS, "updated_at"]
    now = timezone.now()
    with connection.cursor() as cursor:
        # The table lives as long as the connection; ON COMMIT DELETE ROWS, and the upsert
        # deletes what it reads, so it is empty between batches (also in a test's transaction).
        cursor.execute(
            f"CREATE TEMPORARY TABLE IF NOT EXISTS {_UPSERT_TABLE} ON COMMIT DELETE ROWS AS "
            f"SELECT {columns} FROM {quote(Apprenticeship._meta.db_table)} WITH NO DATA")
        copy_rows(cursor, _UPSERT_TABLE, [quote(c) for c in _UPSERT_COLUMNS], rows)
        cursor.execute(
            f"WITH sent AS (DELETE FROM {_UPSERT_TABLE} RETURNING *) "
            f"INSERT INTO {quote(Apprenticeship._meta.db_table)} ({columns}, status, "
            f"created_at, updated_at) SELECT {columns}, %s, %s, %s FROM sent "
            # In a stable order, as the rows were locked, so that writers never deadlock.
            "ORDER BY learner_id, standard_id "
            "ON CONFLICT (provider_id, learner_id, standard_id) DO UPDATE SET "
            + ", ".join(f"{quote(c)} = EXCLUDED.{quote(c)}" for c in updated)
            + " RETURNING id, learner_id, standard_id",
            [ApprenticeshipStatus.IN_TRAINING, now, now])
        returned = cursor.fetchall()
    return {(learner_id, standard_id): pk for pk, learner_id, standard_id in returned}


_UPSERT_TABLE = "sync_apprenticeships"


def _entry(provider: Organisation, catalogue: _Catalogue, learners: dict[str, dict],
           changed_learners: dict[str, dict], item: _Planned, pk: int, values: dict,
           current: Apprenticeship | None, organisation_id: int | None):
    """The event of a record written by the batch, as a single write records it."""
    uln, achievements = item.record["uln"], item.record.get("achievements")
    stored = learners[uln]
    changed = changed_learners.get(uln)
    after = apprenticeship_state(
        values={**values, "provider_id": provider.pk},
        version=catalogue.version_labels[item.version.pk],
        learner=learner_details({**stored, **changed} if changed else stored),
        achievements=achievements)
    before = None
    if current is not None:
        before = apprenticeship_state(
            values={c: getattr(current, c) for c in (*APPRENTICESHIP_FIELDS, "provider_id")},
            version=catalogue.version_labels[current.standard_version_id],
            learner=learner_details(stored),
            achievements=None if achievements is None else [
                {f: getattr(a, f) for f in ACHIEVEMENT_FIELDS}
                for a in current.achievements.all()])
    return record_entry(apprenticeship_id=pk, organisation_id=organisation_id, before=before,
                        after=after)
