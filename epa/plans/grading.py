"""Grading: plain functions, no database access.

``method_grade`` grades one assessment method from its criteria results; ``overall_grade`` looks
the methods' grades up in the plan's grading matrix. Both take plain values so that assessment
recording, appeals and re-grading all grade the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from epa.plans.models import DEFAULT_DFE_GRADES, GRADE_RANK, SCALE_GRADES, Band, Grade


class CriterionResult(NamedTuple):
    """Whether the apprentice met one grading criterion."""

    code: str
    band: str  # a Band: pass or a grade above it
    met: bool


@dataclass(frozen=True)
class MethodGrade:
    grade: str
    # The criteria that kept a higher grade from being given: the unmet pass criteria, and on a
    # scale with distinction the unmet distinction criteria. Feedback for the apprentice.
    unmet: list[str] = field(default_factory=list)


def method_grade(scale: str, criteria_results: Iterable[CriterionResult | tuple[str, str, bool]]
                 ) -> MethodGrade:
    """The grade of one method on ``scale`` from the results of the criteria that apply.

    Every pass criterion met gives pass; then each grade above pass on the scale, in order, is
    given when its band has criteria and every one of them is met (and so every lower band's);
    otherwise fail. A band without criteria stops the climb (plan validation requires criteria
    for every band of the scale).
    """
    results = [CriterionResult(*r) for r in criteria_results]
    grades = SCALE_GRADES[scale]
    higher = [g for g in grades if g not in (Grade.FAIL, Grade.PASS)]
    pass_unmet = [r.code for r in results if r.band == Band.PASS and not r.met]
    higher_unmet = [r.code for r in results if r.band in higher and not r.met]
    unmet = pass_unmet + higher_unmet
    if pass_unmet:
        return MethodGrade(Grade.FAIL, unmet)
    grade = Grade.PASS
    for band in higher:
        band_results = [r for r in results if r.band == band]
        if not band_results or not all(r.met for r in band_results):
            break
        grade = band
    return MethodGrade(grade, unmet)


def dfe_grade(dfe_grades: Mapping[str, str] | None, grade: str) -> str:
    """The DfE name of a plan's overall ``grade``: the plan's mapping (``dfe_grades``), else the
    default (``DEFAULT_DFE_GRADES``); "" for no grade."""
    if not grade:
        return ""
    return (dfe_grades or {}).get(grade) or DEFAULT_DFE_GRADES[grade]


def highest(grades: Iterable[str]) -> str:
    """The best of ``grades`` (pass when there are none above it)."""
    return max([*grades, Grade.PASS], key=GRADE_RANK.__getitem__)


class MatrixRow(Protocol):
    method_grades: Mapping[str, str]
    overall_grade: str


def overall_grade(plan_matrix_rows: Iterable[MatrixRow], method_grades: Mapping[str, str]
                  ) -> str | None:
    """The overall grade the matrix gives for exactly these method grades; None when no row
    matches (a method not graded yet, or a method that does not apply to the option)."""
    wanted = dict(method_grades)
    for row in plan_matrix_rows:
        if dict(row.method_grades) == wanted:
            return row.overall_grade
    return None
