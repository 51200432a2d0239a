"""Writes to the standards catalogue. Every importer and loader goes through these."""

from __future__ import annotations

import dataclasses
import enum
import re
from collections import Counter

from django.db import transaction
from django.db.models import Q

from epa.standards.catalogue import (
    CatalogueError,
    ProgressionData,
    StandardData,
    StandardVersionData,
    split_ksb_code,
)
from epa.standards.models import (
    KSB,
    KSB_PREFIX,
    REFERENCE_RE,
    Duty,
    Option,
    ProgressionRoute,
    Standard,
    StandardVersion,
    parse_version,
)
from epa.standards.selectors import version_snapshot


class UpsertOutcome(enum.StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


def catalogue_data_validate(*, data: StandardVersionData) -> None:
    """Check a version's data hangs together; raise ``CatalogueError`` naming the field."""
    std = data.standard
    _check_reference_and_level(std.reference, std.level, "")
    if not std.title.strip():
        raise CatalogueError("title", "A standard needs a title.", "required")
    try:
        parse_version(data.version)
    except ValueError as exc:
        raise CatalogueError("version", str(exc), "invalid_version") from exc

    titles = Counter(o.title.strip().lower() for o in data.options)
    for i, option in enumerate(data.options):
        if not option.title.strip():
            raise CatalogueError(f"options[{i}].title", "An option needs a title.", "required")
        if titles[option.title.strip().lower()] > 1:
            raise CatalogueError(f"options[{i}].title", f"Option {option.title!r} is repeated.",
                                 "duplicate_option")
    if data.core_and_options and not data.options:
        raise CatalogueError("options", "A core-and-options standard needs its options.",
                             "options_missing")
    if data.options and not data.core_and_options:
        raise CatalogueError("core_and_options",
                             "Options are given but the standard is not core-and-options.",
                             "options_not_allowed")

    codes = Counter(k.code for k in data.ksbs)
    for i, ksb in enumerate(data.ksbs):
        if ksb.number < 1:
            raise CatalogueError(f"ksbs[{i}].number", "KSB numbers start at 1.", "invalid_ksb_code")
        if codes[ksb.code] > 1:
            raise CatalogueError(f"ksbs[{i}]", f"KSB {ksb.code} is repeated.", "duplicate_ksb")
        if not ksb.text.strip():
            raise CatalogueError(f"ksbs[{i}].text", f"KSB {ksb.code} has no text.", "required")

    numbers = Counter(d.number for d in data.duties)
    option_titles = {o.title.strip().lower() for o in data.options}
    for i, duty in enumerate(data.duties):
        if duty.number < 1 or numbers[duty.number] > 1:
            raise CatalogueError(f"duties[{i}].number",
                                 f"Duty number {duty.number} is invalid or repeated.",
                                 "duplicate_duty")
        if duty.option_title is not None and duty.option_title.strip().lower() not in option_titles:
            raise CatalogueError(f"duties[{i}].option",
                                 f"Duty {duty.number} names an unknown option "
                                 f"{duty.option_title!r}.", "unknown_option")
        for code in duty.ksb_codes:
            split_ksb_code(code, f"duties[{i}].ksbs")
            if code.upper() not in codes:
                raise CatalogueError(f"duties[{i}].ksbs",
                                     f"Duty {duty.number} maps {code}, which is not a KSB of "
                                     "this version.", "unknown_ksb")

    for i, route in enumerate(data.progression or ()):
        _check_reference_and_level(route.reference, route.level, f"progression[{i}].")


def _check_reference_and_level(reference: str, level: int, path: str) -> None:
    if not re.fullmatch(REFERENCE_RE, reference):
        raise CatalogueError(f"{path}reference", f"{reference!r} is not ST + 4 digits.",
                             "invalid_reference")
    if not 2 <= level <= 7:
        raise CatalogueError(f"{path}level", f"{level} is not a level from 2 to 7.",
                             "invalid_level")


@transaction.atomic
def standard_upsert(*, data: StandardData) -> tuple[Standard, UpsertOutcome]:
    """Create or update a standard's own fields (reference, title, level, route, status, LARS)."""
    values = {
        "title": data.title.strip(),
        "level": data.level,
        "route": data.route.strip(),
        "status": data.status,
        "lars_code": data.lars_code,
    }
    if data.lars_code is not None:
        holder = (Standard.objects.filter(lars_code=data.lars_code)
                  .exclude(reference=data.reference).values_list("reference", flat=True).first())
        if holder:
            raise CatalogueError("lars_code", f"LARS code {data.lars_code} belongs to {holder}.",
                                 "duplicate_lars_code")
    standard, created = Standard.objects.get_or_create(reference=data.reference, defaults=values)
    if created:
        return standard, UpsertOutcome.CREATED
    changed = {k: v for k, v in values.items() if getattr(standard, k) != v}
    if not changed:
        return standard, UpsertOutcome.UNCHANGED
    for key, value in changed.items():
        setattr(standard, key, value)
    standard.full_clean()
    standard.save(update_fields=[*changed, "updated_at"])
    return standard, UpsertOutcome.UPDATED


@transaction.atomic
def standard_version_upsert(*, data: StandardVersionData) -> tuple[StandardVersion, UpsertOutcome]:
    """Create a standard version, or bring an existing one in line with ``data``.

    Idempotent: the same data twice changes nothing the second time. A different version number
    makes a new version beside the others; it never overwrites one. A new version carries
    forward from the version before it what its record does not restate (progression routes,
    involved employers, the English and maths text). A version in use (by an apprenticeship, an
    assessment plan or anything built on them) is immutable: data that would change its content
    raises ``VersionInUse`` with every difference, and nothing is written. Source ids
    (``external_id``) are not content: they are recorded on any version.
    """
    catalogue_data_validate(data=data)
    major, minor = parse_version(data.version)
    standard = Standard.objects.filter(reference=data.standard.reference).first()
    latest = standard and standard.versions.order_by("-major", "-minor").first()
    standard_outcome = UpsertOutcome.UNCHANGED
    if standard is None or latest is None or (major, minor) >= (latest.major, latest.minor):
        # The newest version speaks for the standard's own fields.
        standard, standard_outcome = standard_upsert(data=data.standard)

    version = StandardVersion.objects.filter(standard=standard, major=major, minor=minor).first()
    if version is None:
        previous = (standard.versions.filter(Q(major__lt=major) | Q(major=major, minor__lt=minor))
                    .order_by("-major", "-minor").first())
        data = _carried_forward(data, previous)
        version = StandardVersion(standard=standard, major=major, minor=minor)
        _save_version(version, data)
        return version, UpsertOutcome.CREATED

    wanted = _data_snapshot(data)
    stored = _restrict(version_snapshot(version), wanted)
    ids_changed = _set_external_ids(version, data)
    if stored == wanted:
        changed = ids_changed or standard_outcome != UpsertOutcome.UNCHANGED
        return version, UpsertOutcome.UPDATED if changed else UpsertOutcome.UNCHANGED
    uses = version_uses(version)
    if uses:
        raise VersionInUse(version, uses, snapshot_differences(stored, wanted))
    _save_version(version, data)
    return version, UpsertOutcome.UPDATED


class VersionInUse(CatalogueError):
    """An import would change a version that is in use; ``differences`` says how."""

    def __init__(self, version: StandardVersion, uses: list[str], differences: list[str]):
        super().__init__(
            "version",
            f"{version} is in use ({', '.join(uses)}) and cannot change; the import differs "
            f"in: {'; '.join(differences)}.",
            "version_in_use",
        )
        self.uses = uses
        self.differences = differences


# The apps whose rows make a version "in use": apprenticeships, assessment plans (and the
# judgements, evidence and criteria that hang off them). Named by label, as the catalogue
# imports no app above it; an EPAO's approval for a version does not freeze it.
_USING_APPS = ("learners", "plans", "gateway", "assessments")


def version_uses(version: StandardVersion) -> list[str]:
    """What refers to ``version``, its options or its KSBs from outside the catalogue: e.g.
    ``["learners.apprenticeship", "plans.gradingcriterion"]``; empty when it is not in use."""
    uses = []
    targets = ((StandardVersion, [version.pk]),
               (Option, list(version.options.values_list("pk", flat=True))),
               (KSB, list(version.ksbs.values_list("pk", flat=True))))
    for model, pks in targets:
        if not pks:
            continue
        for rel in model._meta.get_fields(include_hidden=True):
            if not (rel.is_relation and rel.auto_created and not rel.concrete):
                continue
            related = rel.related_model
            if related._meta.app_label not in _USING_APPS or related._meta.auto_created:
                continue
            label = related._meta.label_lower
            if label not in uses and related._default_manager.filter(
                    **{f"{rel.field.name}__in": pks}).exists():
                uses.append(label)
    return uses


def snapshot_differences(stored: dict, wanted: dict) -> list[str]:
    """Each difference between two version snapshots, field by field (KSBs, duties and
    options item by item): ``ksbs.K29: removed``, ``ksbs.K1.text: 'a' -> 'b'``."""
    out = []
    for key, new in wanted.items():
        old = stored.get(key)
        if old == new:
            continue
        if key in ("ksbs", "duties"):
            olds = {item[0]: item[1:] for item in old}
            news = {item[0]: item[1:] for item in new}
            for ident in dict.fromkeys([*olds, *news]):
                name = f"{key}.{ident if key == 'ksbs' else 'duty ' + str(ident)}"
                if ident not in news:
                    out.append(f"{name}: removed")
                elif ident not in olds:
                    out.append(f"{name}: added")
                elif olds[ident] != news[ident]:
                    out.append(f"{name}: {olds[ident]!r} -> {news[ident]!r}")
        elif key == "options":
            removed = [t for t in old if t not in new]
            added = [t for t in new if t not in old]
            out += [f"options.{t!r}: removed" for t in removed]
            out += [f"options.{t!r}: added" for t in added]
            if not removed and not added:
                out.append(f"options: order {old!r} -> {new!r}")
        else:
            out.append(f"{key}: {old!r} -> {new!r}")
    return out


def _carried_forward(data: StandardVersionData, previous: StandardVersion | None
                     ) -> StandardVersionData:
    """``data`` with what it does not state taken from the version before it."""
    if previous is None:
        return data
    changes = {}
    if data.progression is None:
        changes["progression"] = tuple(
            ProgressionData(reference=r.to_reference, title=r.to_title, level=r.to_level,
                            version=r.to_version)
            for r in previous.progression_routes.all())
    if data.involved_employers is None:
        changes["involved_employers"] = tuple(previous.involved_employers)
    if data.english_maths_requirements is None:
        changes["english_maths_requirements"] = previous.english_maths_requirements
    return dataclasses.replace(data, **changes)


def _save_version(version: StandardVersion, data: StandardVersionData) -> None:
    for key, value in _version_fields(data).items():
        setattr(version, key, value)
    version.full_clean(exclude=["standard"])
    version.save()
    _sync_children(version, data)


def _set_external_ids(version: StandardVersion, data: StandardVersionData) -> bool:
    """Record the source ids ``data`` gives on the stored options, duties and KSBs (matched by
    title, number and code); True if any changed. Ids never change the content."""
    changed = False
    for model, rows, wanted, key in (
        (Option, version.options.all(),
         {o.title.strip().lower(): o.external_id for o in data.options}, lambda r: r.title.lower()),
        (Duty, version.duties.all(), {d.number: d.external_id for d in data.duties},
         lambda r: r.number),
        (KSB, version.ksbs.all(), {k.code: k.external_id for k in data.ksbs}, lambda r: r.code),
    ):
        dirty = []
        for row in rows:
            new = wanted.get(key(row), "")
            if new and row.external_id != new:
                row.external_id = new
                dirty.append(row)
        if dirty:
            model.objects.bulk_update(dirty, ["external_id"])
            changed = True
    return changed


def _restrict(snapshot: dict, to: dict) -> dict:
    return {key: snapshot[key] for key in to}


def _version_fields(data: StandardVersionData) -> dict:
    """The version's own fields that ``data`` gives (``None`` ones are left as stored)."""
    fields = {
        "status": data.status,
        "approved_on": data.approved_on,
        "typical_duration_months": data.typical_duration_months,
        "epa_period_months": data.epa_period_months,
        "min_off_the_job_hours": data.min_off_the_job_hours,
        "core_and_options": data.core_and_options,
        "entry_requirements": data.entry_requirements.strip(),
        "english_maths_requirements": (
            None if data.english_maths_requirements is None
            else data.english_maths_requirements.strip()
        ),
        "typical_job_titles": [t.strip() for t in data.typical_job_titles],
        "involved_employers": (
            None if data.involved_employers is None
            else [e.strip() for e in data.involved_employers]
        ),
        "assessment_plan_url": data.assessment_plan_url.strip(),
    }
    return {key: value for key, value in fields.items() if value is not None or key in (
        "approved_on", "typical_duration_months", "epa_period_months")}


def _sync_children(version: StandardVersion, data: StandardVersionData) -> None:
    """Make options, KSBs, duties and routes match ``data``, keyed by their natural keys."""
    options = {o.title.lower(): o for o in version.options.all()}
    wanted_titles = set()
    for position, item in enumerate(data.options):
        key = item.title.strip().lower()
        wanted_titles.add(key)
        option = options.get(key) or Option(version=version)
        option.title = item.title.strip()
        option.external_id, option.position = item.external_id, position
        option.save()
        options[key] = option
    version.options.exclude(pk__in=[options[t].pk for t in wanted_titles]).delete()

    ksbs = {k.code: k for k in version.ksbs.all()}
    new_ksbs = []
    for item in data.ksbs:
        ksb = ksbs.get(item.code)
        if ksb is None:
            ksb = KSB(version=version, kind=item.kind, number=item.number, code=item.code,
                      text=item.text.strip(), external_id=item.external_id)
            new_ksbs.append(ksb)
        elif ksb.text != item.text.strip() or ksb.external_id != (
                item.external_id or ksb.external_id):
            ksb.text, ksb.external_id = item.text.strip(), item.external_id or ksb.external_id
            ksb.save()
        ksbs[item.code] = ksb
    KSB.objects.bulk_create(new_ksbs)
    version.ksbs.exclude(code__in=[k.code for k in data.ksbs]).delete()

    duties = {d.number: d for d in version.duties.all()}
    through = []
    for item in data.duties:
        duty = duties.get(item.number) or Duty(version=version, number=item.number)
        duty.text = item.text.strip()
        duty.external_id = item.external_id
        duty.option = options[item.option_title.strip().lower()] if item.option_title else None
        duty.save()
        duties[item.number] = duty
        through += [
            Duty.ksbs.through(duty_id=duty.pk, ksb_id=ksbs[code.upper()].pk)
            for code in dict.fromkeys(item.ksb_codes)
        ]
    version.duties.exclude(number__in=[d.number for d in data.duties]).delete()
    Duty.ksbs.through.objects.filter(duty__version=version).delete()
    Duty.ksbs.through.objects.bulk_create(through)

    if data.progression is None:
        return
    version.progression_routes.all().delete()
    ProgressionRoute.objects.bulk_create(
        ProgressionRoute(
            version=version, to_reference=r.reference, to_title=r.title.strip(),
            to_level=r.level, to_version=r.version,
        )
        for r in data.progression
    )


def _data_snapshot(data: StandardVersionData) -> dict:
    """The same shape as ``selectors.version_snapshot``, built from plain data.

    Keys the data does not give are left out, so they are not compared.
    """
    prefix_order = list(KSB_PREFIX.values())
    snapshot = {
        **_version_fields(data),
        "version": data.version,
        "options": [o.title.strip() for o in data.options],
        "ksbs": sorted(
            ((k.code, k.text.strip()) for k in data.ksbs),
            key=lambda pair: (prefix_order.index(pair[0][0]), int(pair[0][1:])),
        ),
        "duties": [
            (
                d.number,
                d.text.strip(),
                d.option_title.strip() if d.option_title else None,
                sorted({c.upper() for c in d.ksb_codes}),
            )
            for d in sorted(data.duties, key=lambda d: d.number)
        ],
    }
    if data.progression is not None:
        snapshot["progression"] = sorted(
            (r.reference, r.title.strip(), r.level, r.version) for r in data.progression
        )
    return snapshot
