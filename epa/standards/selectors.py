"""Reads of the catalogue that encode rules (latest version, KSBs of an option)."""

from __future__ import annotations

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from epa.standards.models import (
    KSB,
    KSB_PREFIX,
    Duty,
    KSBKind,
    Option,
    ProgressionRoute,
    Standard,
    StandardVersion,
)


def versions_newest_first(standard: Standard) -> QuerySet[StandardVersion]:
    return StandardVersion.objects.filter(standard=standard).order_by("-major", "-minor")


def version_named(standard_id: int, name: str) -> StandardVersion | None:
    """The version of a standard named ``major.minor`` (e.g. ``1.0``), or None."""
    major, dot, minor = (name or "").strip().partition(".")
    if not (dot and major.isdigit() and minor.isdigit()):
        return None
    return StandardVersion.objects.filter(standard_id=standard_id, major=int(major),
                                          minor=int(minor)).first()


def version_numbered(*, number: tuple[int, int] | None, standard: Standard | None = None,
                     reference: str | None = None) -> StandardVersion | None:
    """The version ``number`` (``(major, minor)``; the highest-numbered with None) of a
    standard given as a model or by reference, with its standard (only its reference loaded,
    and the version's number: what the lists under a standard use), or None."""
    versions = StandardVersion.objects.select_related("standard").only(
        "standard__reference", "major", "minor")
    versions = (versions.filter(standard=standard) if standard is not None
                else versions.filter(standard__reference=reference))
    if number is not None:
        versions = versions.filter(major=number[0], minor=number[1])
    return versions.order_by("-major", "-minor").first()


def latest_version(standard: Standard) -> StandardVersion | None:
    """The highest-numbered version of a standard, or None if none is loaded."""
    return versions_newest_first(standard).first()


def ksbs_for_option(*, version: StandardVersion, option: Option | None) -> QuerySet[KSB]:
    """The KSBs an apprentice on ``option`` is assessed against.

    They are the KSBs mapped by the version's core duties plus those mapped by the option's
    own duties. With ``option=None``, the KSBs of the core duties only.
    """
    duty_scope = Q(duty__option__isnull=True)
    if option is not None:
        duty_scope |= Q(duty__option=option)
    mapped = Duty.ksbs.through.objects.filter(duty_scope, ksb=OuterRef("pk"))
    return KSB.objects.filter(version=version).filter(Exists(mapped))


def duties_for_option(*, version: StandardVersion, option: Option | None) -> QuerySet[Duty]:
    """The core duties plus the option's duties (core only with ``option=None``)."""
    scope = Q(option__isnull=True)
    if option is not None:
        scope |= Q(option=option)
    return Duty.objects.filter(version=version).filter(scope)


def option_ids_for_ksb(duty_option_ids: list[int | None], all_option_ids: list[int]) -> list[int]:
    """Which options a KSB applies to, given the option ids of the duties that map it.

    A KSB mapped by a core duty (option id ``None``) applies to every option.
    """
    if None in duty_option_ids:
        return list(all_option_ids)
    return [oid for oid in all_option_ids if oid in set(duty_option_ids)]


def option_rows(version: StandardVersion) -> list[dict]:
    """The version's options in order, as plain rows (id, title, external_id)."""
    return list(version.options.order_by("position", "id").values("id", "title", "external_id"))


def ksb_duty_options(version: StandardVersion) -> dict[int, list[int | None]]:
    """For each KSB of ``version`` a duty maps, the option ids of the duties that map it (None
    for a core duty), for ``option_ids_for_ksb``: one query."""
    mapped: dict[int, list[int | None]] = {}
    for ksb_id, option_id in Duty.ksbs.through.objects.filter(duty__version=version).values_list(
            "ksb_id", "duty__option_id"):
        mapped.setdefault(ksb_id, []).append(option_id)
    return mapped


def with_target_loaded(routes: QuerySet[ProgressionRoute]) -> QuerySet[ProgressionRoute]:
    """Annotate routes with ``is_loaded``: is the target standard in the catalogue?"""
    return routes.annotate(
        is_loaded=Exists(Standard.objects.filter(reference=OuterRef("to_reference")))
    )


def version_snapshot(version: StandardVersion) -> dict:
    """A plain, comparable picture of a version's catalogue content.

    Used to detect an unchanged re-import and to compare catalogues loaded by different paths.
    """
    prefix_order = list(KSB_PREFIX.values())
    duties = version.duties.select_related("option").prefetch_related("ksbs").order_by("number")
    return {
        "status": version.status,
        "approved_on": version.approved_on,
        "typical_duration_months": version.typical_duration_months,
        "epa_period_months": version.epa_period_months,
        "min_off_the_job_hours": version.min_off_the_job_hours,
        "core_and_options": version.core_and_options,
        "entry_requirements": version.entry_requirements,
        "english_maths_requirements": version.english_maths_requirements,
        "typical_job_titles": list(version.typical_job_titles),
        "involved_employers": list(version.involved_employers),
        "assessment_plan_url": version.assessment_plan_url,
        "version": version.version,
        "options": [o.title for o in version.options.order_by("position", "id")],
        "ksbs": sorted(
            ((k.code, k.text) for k in version.ksbs.all()),
            key=lambda pair: (prefix_order.index(pair[0][0]), int(pair[0][1:])),
        ),
        "duties": [
            (d.number, d.text, d.option.title if d.option else None,
             sorted(k.code for k in d.ksbs.all()))
            for d in duties
        ],
        "progression": sorted(
            (r.to_reference, r.to_title, r.to_level, r.to_version)
            for r in version.progression_routes.all()
        ),
    }


def version_with_summary(version: StandardVersion) -> StandardVersion:
    """Attach the counts a version's detail shows: options with their KSB counts, duty count,
    KSB counts by kind, and progression routes."""
    kinds = dict(
        version.ksbs.order_by().values_list("kind").annotate(n=Count("id")).values_list("kind", "n")
    )
    version.ksb_counts = {
        "knowledge": kinds.get(KSBKind.KNOWLEDGE, 0),
        "skill": kinds.get(KSBKind.SKILL, 0),
        "behaviour": kinds.get(KSBKind.BEHAVIOUR, 0),
        "total": sum(kinds.values()),
    }
    version.duty_count = version.duties.count()
    version.option_summaries = list(version.options.order_by("position", "id"))
    for option in version.option_summaries:
        option.ksb_count = ksbs_for_option(version=version, option=option).count()
    version.routes = list(with_target_loaded(version.progression_routes.order_by("to_reference")))
    return version
