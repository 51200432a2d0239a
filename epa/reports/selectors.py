"""Results and outcome figures, read for one caller: the rows (one per released or recorded
result) and the figures of a period, computed from those same rows so that they always agree.

Tenancy: an EPAO's admins and quality assurers see the results of apprenticeships naming their
EPAO; a provider and an employer those of their own apprentices.

The result's grade and outcome columns are read in one place: ``RESULT_FIELDS`` (the
assessment's ``outcome``, ``outcome_date``, ``overall_grade`` and ``dfe_grade``, issue 12).
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from django.db.models import F, Q, QuerySet

from epa.assessments.models import Appeal, AppealStatus, Assessment, MethodAssessment, Outcome
from epa.core.actor import Actor
from epa.learners.models import Apprenticeship
from epa.learners.selectors import EPAO_WIDE_ROLES
from epa.organisations.models import OrganisationKind
from epa.pathways.models import Withdrawal
from epa.plans.models import Grade

# Results are attempts with a pass or fail outcome (released, or recorded directly).
RESULT_OUTCOMES = (Outcome.PASS, Outcome.FAIL)
CHUNK = 2000

# The CSV's columns, in order (the JSON rows carry the same keys, ``method_grades`` as an
# object); (column, values() path or None for a computed one).
RESULT_FIELDS: tuple[tuple[str, str | None], ...] = (
    ("uln", "apprenticeship__learner__uln"),
    ("given_names", "apprenticeship__learner__given_names"),
    ("family_name", "apprenticeship__learner__family_name"),
    ("standard", "apprenticeship__standard__reference"),
    ("lars_code", "apprenticeship__standard__lars_code"),
    ("version", None),
    ("option", "apprenticeship__option__title"),
    ("attempt", "number"),
    ("attempt_kind", "kind"),
    ("method_grades", None),
    ("overall_grade", "overall_grade"),
    ("dfe_grade", "dfe_grade"),
    ("outcome", "outcome"),
    ("outcome_date", "outcome_date"),
    ("achievement_date", None),
    ("provider_ukprn", "apprenticeship__provider__identifier"),
    ("employer", "apprenticeship__employer__name"),
)
COLUMNS = [name for name, _ in RESULT_FIELDS]
_EXTRA = {"id": "id", "apprenticeship_pk": "apprenticeship_id",
          "major": "apprenticeship__standard_version__major",
          "minor": "apprenticeship__standard_version__minor",
          "gateway_decided_at": "apprenticeship__gateway__decided_at"}


def results_visible_to(actor: Actor) -> QuerySet[Assessment]:
    scope = (Q(apprenticeship__provider_id__in=actor.organisation_ids(OrganisationKind.PROVIDER))
             | Q(apprenticeship__employer_id__in=actor.organisation_ids(
                 OrganisationKind.EMPLOYER))
             | Q(apprenticeship__epao_id__in=actor.organisation_ids(OrganisationKind.EPAO,
                                                                    EPAO_WIDE_ROLES)))
    return Assessment.objects.filter(scope, outcome__in=RESULT_OUTCOMES)


@dataclass(frozen=True)
class Filters:
    """The filters of both reports (all optional)."""

    released_from: dt.date | None = None
    released_to: dt.date | None = None
    standard: str = ""
    version: str = ""
    option: str = ""
    grade: str = ""
    provider: int | None = None
    employer: int | None = None


def apprenticeship_filter(filters: Filters, prefix: str = "apprenticeship__") -> Q:
    q = Q()
    if filters.standard:
        q &= Q(**{f"{prefix}standard__reference": filters.standard})
    if filters.version:
        major, _, minor = filters.version.partition(".")
        q &= Q(**{f"{prefix}standard_version__major": int(major),
                  f"{prefix}standard_version__minor": int(minor or 0)})
    if filters.option:
        q &= Q(**{f"{prefix}option__title__iexact": filters.option})
    if filters.provider is not None:
        q &= Q(**{f"{prefix}provider_id": filters.provider})
    if filters.employer is not None:
        q &= Q(**{f"{prefix}employer_id": filters.employer})
    return q


def results(actor: Actor, filters: Filters) -> QuerySet[Assessment]:
    queryset = results_visible_to(actor).filter(apprenticeship_filter(filters))
    if filters.released_from:
        queryset = queryset.filter(outcome_date__gte=filters.released_from)
    if filters.released_to:
        queryset = queryset.filter(outcome_date__lte=filters.released_to)
    if filters.grade:
        queryset = queryset.filter(Q(overall_grade__iexact=filters.grade)
                                   | Q(dfe_grade__iexact=filters.grade))
    return queryset.order_by("outcome_date", "id")


def _values(queryset: QuerySet[Assessment]) -> QuerySet:
    """The rows as dicts: the columns read from the database under their report names."""
    fields = [(name, path) for name, path in (*RESULT_FIELDS, *_EXTRA.items())
              if path is not None]
    return queryset.values(*[name for name, path in fields if name == path],
                           **{name: F(path) for name, path in fields if name != path})


def method_grades(assessment_ids: list[int]) -> dict[int, dict[str, str]]:
    """``{assessment id: {method code: grade}}`` (the quality assurer's grade where changed),
    in one query."""
    grades: dict[int, dict[str, str]] = defaultdict(dict)
    for aid, code, grade, qa_grade in (
            MethodAssessment.objects.filter(assessment_id__in=assessment_ids)
            .order_by("assessment_id", "method__order", "method__code")
            .values_list("assessment_id", "method__code", "grade", "qa_grade")):
        grades[aid][code] = qa_grade or grade
    return grades


def _shape(row: dict, grades: dict[int, dict[str, str]]) -> dict:
    row["version"] = f"{row.pop('major')}.{row.pop('minor')}"
    row["method_grades"] = grades.get(row["id"], {})
    row["achievement_date"] = row["outcome_date"] if row["outcome"] == Outcome.PASS else None
    return row


def shaped(rows: list[dict]) -> list[dict]:
    """Rows of ``_values`` with the computed columns (one query for the method grades)."""
    grades = method_grades([r["id"] for r in rows])
    return [_shape(row, grades) for row in rows]


def result_rows(queryset: QuerySet[Assessment], chunk_size: int = CHUNK) -> Iterator[dict]:
    """Every result of ``queryset`` as a row, read through a server-side cursor
    (``iterator``) a chunk at a time: memory stays constant however many rows there are."""
    rows = _values(queryset).iterator(chunk_size=chunk_size)
    while batch := list(islice(rows, chunk_size)):
        yield from shaped(batch)


def result_page(queryset: QuerySet[Assessment]) -> QuerySet:
    """The rows' query for a page (the pagination slices it; ``shaped`` completes a page)."""
    return _values(queryset)


# -- the outcome figures of a period ------------------------------------------------------------

PERIOD_RE = re.compile(r"^(\d{4})-Q([1-4])$")


def quarter(period: str) -> tuple[dt.date, dt.date] | None:
    """``2026-Q3`` -> (2026-07-01, 2026-09-30); None if not a quarter."""
    found = PERIOD_RE.match(period)
    if not found:
        return None
    year, q = int(found.group(1)), int(found.group(2))
    start = dt.date(year, 3 * q - 2, 1)
    end = dt.date(year + 1, 1, 1) if q == 4 else dt.date(year, 3 * q + 1, 1)
    return start, end - dt.timedelta(days=1)


GRADE_ORDER = [g.value for g in Grade]
Key = tuple[str, str, str]  # standard, version, option


def _group() -> dict:
    return {"completed": 0, "passed": 0, "grades": Counter(), "resits": 0, "retakes": 0,
            "withdrawals": 0, "appeals_lodged": 0, "appeals_upheld": 0, "days": [],
            "achievers": set()}


def outcome_figures(actor: Actor, filters: Filters) -> list[dict]:
    """Per standard, version and option, for results dated in the period: EPAs completed, each
    grade, pass rate, resits, retakes; withdrawals dated in it, appeals lodged in it (and of
    those upheld), the median days from the gateway's decision to the result, and how many
    achievers progressed, to what. The result counts come from ``result_rows`` of the same
    filters: they are the results report's rows, counted."""
    groups: dict[Key, dict] = defaultdict(_group)
    for row in result_rows(results(actor, filters)):
        group = groups[(row["standard"], row["version"], row["option"] or "")]
        group["completed"] += 1
        group["grades"][row["overall_grade"]] += 1
        if row["outcome"] == Outcome.PASS:
            group["passed"] += 1
            group["achievers"].add(row["apprenticeship_pk"])
        if row["attempt_kind"] == "resit":
            group["resits"] += 1
        elif row["attempt_kind"] == "retake":
            group["retakes"] += 1
        if row["gateway_decided_at"] is not None:
            group["days"].append((row["outcome_date"]
                                  - row["gateway_decided_at"].date()).days)
    _add_withdrawals(groups, actor, filters)
    _add_appeals(groups, actor, filters)
    progressed = _progressions(groups)
    figures = []
    for key in sorted(groups):
        group = groups[key]
        completed = group["completed"]
        figures.append({
            "standard": key[0], "version": key[1], "option": key[2],
            "completed": completed,
            "grades": {g: group["grades"][g] for g in GRADE_ORDER if group["grades"][g]},
            "passed": group["passed"],
            "pass_rate": round(group["passed"] / completed, 4) if completed else None,
            "resits": group["resits"], "retakes": group["retakes"],
            "withdrawals": group["withdrawals"],
            "appeals_lodged": group["appeals_lodged"],
            "appeals_upheld": group["appeals_upheld"],
            "median_days_gateway_to_result": (statistics.median(group["days"])
                                              if group["days"] else None),
            "achievers": len(group["achievers"]),
            "progressed": progressed.get(key, {}),
        })
    return figures


def _visible_apprenticeships(actor: Actor) -> Q:
    return (Q(provider_id__in=actor.organisation_ids(OrganisationKind.PROVIDER))
            | Q(employer_id__in=actor.organisation_ids(OrganisationKind.EMPLOYER))
            | Q(epao_id__in=actor.organisation_ids(OrganisationKind.EPAO, EPAO_WIDE_ROLES)))


def _key(row: dict, prefix: str) -> Key:
    return (row[f"{prefix}standard__reference"],
            f"{row[f'{prefix}standard_version__major']}.{row[f'{prefix}standard_version__minor']}",
            row[f"{prefix}option__title"] or "")


def _key_fields(prefix: str) -> list[str]:
    return [f"{prefix}standard__reference", f"{prefix}standard_version__major",
            f"{prefix}standard_version__minor", f"{prefix}option__title"]


def _in_period(field: str, filters: Filters) -> Q:
    q = Q()
    if filters.released_from:
        q &= Q(**{f"{field}__gte": filters.released_from})
    if filters.released_to:
        q &= Q(**{f"{field}__lte": filters.released_to})
    return q


def _add_withdrawals(groups: dict[Key, dict], actor: Actor, filters: Filters) -> None:
    prefix = "apprenticeship__"
    visible = Apprenticeship.objects.filter(_visible_apprenticeships(actor))
    for row in (Withdrawal.objects.filter(apprenticeship__in=visible)
                .filter(apprenticeship_filter(filters), _in_period("withdrawn_on", filters))
                .values(*_key_fields(prefix))):
        groups[_key(row, prefix)]["withdrawals"] += 1


def _add_appeals(groups: dict[Key, dict], actor: Actor, filters: Filters) -> None:
    prefix = "assessment__apprenticeship__"
    visible = Apprenticeship.objects.filter(_visible_apprenticeships(actor))
    for row in (Appeal.objects.filter(assessment__apprenticeship__in=visible)
                .filter(apprenticeship_filter(filters, prefix),
                        _in_period("lodged_at__date", filters))
                .values("status", *_key_fields(prefix))):
        group = groups[_key(row, prefix)]
        group["appeals_lodged"] += 1
        group["appeals_upheld"] += row["status"] == AppealStatus.UPHELD


def _progressions(groups: dict[Key, dict]) -> dict[Key, dict[str, int]]:
    """Of each group's achievers, how many progressed to each standard (one query)."""
    owner = {aid: key for key, group in groups.items() for aid in group["achievers"]}
    counts: dict[Key, Counter] = defaultdict(Counter)
    for from_id, reference in (Apprenticeship.objects.filter(progressed_from_id__in=list(owner))
                               .values_list("progressed_from_id", "standard__reference")):
        counts[owner[from_id]][reference] += 1
    return {key: dict(sorted(c.items())) for key, c in counts.items()}


def figure_rows(figures: Iterable[dict]) -> Iterator[dict]:
    """The figures flattened for CSV: one column per grade."""
    for figure in figures:
        yield {**{k: v for k, v in figure.items() if k not in ("grades", "progressed")},
               **{f"grade_{g}": figure["grades"].get(g, 0) for g in GRADE_ORDER},
               "progressed": "; ".join(f"{ref}: {n}" for ref, n in
                                       figure["progressed"].items())}


FIGURE_COLUMNS = ["standard", "version", "option", "completed",
                  *[f"grade_{g}" for g in GRADE_ORDER], "passed", "pass_rate", "resits",
                  "retakes", "withdrawals", "appeals_lodged", "appeals_upheld",
                  "median_days_gateway_to_result", "achievers", "progressed"]
