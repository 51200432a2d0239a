"""The pure grading functions: a method's grade from its criteria, the overall grade from the
matrix."""

from dataclasses import dataclass

import pytest

from epa.plans.grading import CriterionResult, dfe_grade, highest, method_grade, overall_grade
from epa.plans.models import Grade, GradeScale

FPD, FP = GradeScale.FAIL_PASS_DISTINCTION, GradeScale.FAIL_PASS


def results(*rows: tuple[str, str, bool]) -> list[CriterionResult]:
    return [CriterionResult(*row) for row in rows]


@pytest.mark.parametrize(
    ("scale", "criteria", "grade", "unmet"),
    [
        (FPD, [("P1", "pass", True), ("P2", "pass", True), ("D1", "distinction", True)],
         Grade.DISTINCTION, []),
        (FPD, [("P1", "pass", True), ("P2", "pass", True), ("D1", "distinction", False)],
         Grade.PASS, ["D1"]),
        # distinction criteria met but a pass criterion missed: fail, both listed
        (FPD, [("P1", "pass", False), ("D1", "distinction", True), ("D2", "distinction", False)],
         Grade.FAIL, ["P1", "D2"]),
        (FP, [("P1", "pass", True), ("P2", "pass", True)], Grade.PASS, []),
        (FP, [("P1", "pass", True), ("P2", "pass", False)], Grade.FAIL, ["P2"]),
        # a fail/pass method never gives distinction (validation refuses such criteria anyway)
        (FP, [("P1", "pass", True), ("D1", "distinction", True)], Grade.PASS, []),
        # no distinction criteria: distinction is not given for nothing
        (FPD, [("P1", "pass", True)], Grade.PASS, []),
    ],
)
def test_method_grade(scale, criteria, grade, unmet):
    result = method_grade(scale, results(*criteria))
    assert result.grade == grade
    assert result.unmet == unmet


def test_method_grade_takes_plain_tuples():
    assert method_grade(FP, [("P1", "pass", True)]).grade == Grade.PASS


@dataclass
class Row:
    method_grades: dict
    overall_grade: str


MATRIX = [Row({"M1": a, "M2": b},
              "fail" if "fail" in (a, b) else "distinction" if a == b == "distinction"
              else "pass")
          for a in ("fail", "pass", "distinction") for b in ("fail", "pass", "distinction")]


@pytest.mark.parametrize(
    ("grades", "overall"),
    [({"M1": "pass", "M2": "pass"}, "pass"),
     ({"M2": "distinction", "M1": "distinction"}, "distinction"),
     ({"M1": "distinction", "M2": "fail"}, "fail"),
     ({"M1": "distinction", "M2": "pass"}, "pass"),
     ({"M1": "pass"}, None),  # M2 not graded yet
     ({"M1": "pass", "M2": "pass", "M3": "pass"}, None)],
)
def test_overall_grade(grades, overall):
    assert overall_grade(MATRIX, grades) == overall


MERIT = GradeScale.FAIL_PASS_MERIT_DISTINCTION


@pytest.mark.parametrize(("met", "grade", "unmet"), [
    ({"P1": True, "M1": True, "D1": True}, Grade.DISTINCTION, []),
    ({"P1": True, "M1": True, "D1": False}, Grade.MERIT, ["D1"]),
    ({"P1": True, "M1": False, "D1": True}, Grade.PASS, ["M1"]),  # merit is needed first
    ({"P1": False, "M1": True, "D1": True}, Grade.FAIL, ["P1"]),
])
def test_method_grade_on_a_merit_scale(met, grade, unmet):
    bands = {"P1": "pass", "M1": "merit", "D1": "distinction"}
    result = method_grade(MERIT, [(code, bands[code], ok) for code, ok in met.items()])
    assert (result.grade, result.unmet) == (grade, unmet)


def test_a_band_without_criteria_stops_the_climb():
    assert method_grade(MERIT, [("P1", "pass", True), ("D1", "distinction", True)]).grade == \
        Grade.PASS


@pytest.mark.parametrize(("mapping", "grade", "name"), [
    ({}, "merit", "Merit"), ({}, "excellence", "Pass with excellence"), ({}, "fail", "Fail"),
    ({"pass": "No grade awarded"}, "pass", "No grade awarded"), ({}, "", ""),
])
def test_dfe_grade_names(mapping, grade, name):
    assert dfe_grade(mapping, grade) == name


def test_highest_grade():
    assert highest(["fail", "merit", "pass"]) == Grade.MERIT
    assert highest([]) == Grade.PASS
