"""Grading: plain functions, no database access.

``method_grade`` grades one assessment method from its criteria results; ``overall_grade`` looks
the methods' grades up in the plan's grading matrix. Both take plain values so that assessment
recording, appeals and re-grading all grade the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from epa.plans.models import SCALE_GRADES, Band, Grade


class CriterionResult(NamedTuple):
    """Whether the apprentice met one grading criterion."""

    code: str
    band: str  # Band.PASS or Band.DISTINCTION
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

    Every pass criterion met gives pass; on a scale with distinction, every distinction criterion
    met as well gives distinction; otherwise fail. A method without distinction criteria never
    gives distinction (plan validation requires them on a distinction scale).
    """
    results = [CriterionResult(*r) for r in criteria_results]
    has_distinction = Grade.DISTINCTION in SCALE_GRADES[scale]
    pass_unmet = [r.code for r in results if r.band == Band.PASS and not r.met]
    distinction = [r for r in results if r.band == Band.DISTINCTION]
    distinction_unmet = [r.code for r in distinction if not r.met] if has_distinction else []
    unmet = pass_unmet + distinction_unmet
    if pass_unmet:
        return MethodGrade(Grade.FAIL, unmet)
    if has_distinction and distinction and not distinction_unmet:
        return MethodGrade(Grade.DISTINCTION, unmet)
    return MethodGrade(Grade.PASS, unmet)


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
