import datetime as dt

import pytest

from epa.learners import rules

# Known ULNs, each check digit worked by hand (weights 10 down to 2 on the first nine digits;
# the check digit is 10 minus the remainder modulo 11; a remainder of 0 allows none):
#   1000000043: 1*10 + 4*2 = 18, 18 % 11 = 7, 10 - 7 = 3
#   1234567899: 10+18+24+28+30+30+28+24+18 = 210, 210 % 11 = 1, 10 - 1 = 9
#   5000000012: 5*10 + 1*2 = 52, 52 % 11 = 8, 10 - 8 = 2
#   9876543210: 90+72+56+42+30+20+12+6+2 = 330, 330 % 11 = 0: no check digit is valid
#   2000000010: 2*10 + 1*2 = 22, 22 % 11 = 0: no check digit is valid
ULNS = [
    ("1000000043", []),
    ("1234567899", []),
    ("5000000012", []),
    ("1000000042", ["invalid_uln_check_digit"]),
    ("1234567890", ["invalid_uln_check_digit"]),
    ("5000000013", ["invalid_uln_check_digit"]),
    ("9876543210", ["invalid_uln_check_digit"]),
    ("9876543219", ["invalid_uln_check_digit"]),
    ("2000000010", ["invalid_uln_check_digit"]),
    ("2000000019", ["invalid_uln_check_digit"]),
    ("9999999999", ["temporary_uln"]),
    ("0123456789", ["invalid_uln"]),
    ("12345", ["invalid_uln"]),
    ("12345678901", ["invalid_uln"]),
    ("12345678a0", ["invalid_uln"]),
    ("", ["invalid_uln"]),
]


@pytest.mark.parametrize(("uln", "codes"), ULNS)
def test_known_ulns(uln, codes):
    assert [e.code for e in rules.uln_errors(uln)] == codes


@pytest.mark.parametrize(("first_nine", "digit"), [("100000004", 3), ("123456789", 9),
                                                   ("500000001", 2), ("987654321", None),
                                                   ("200000001", None)])
def test_uln_check_digit(first_nine, digit):
    assert rules.uln_check_digit(first_nine) == digit


def test_date_of_birth_plausible():
    today = dt.date(2026, 11, 28)
    assert rules.date_of_birth_errors(dt.date(2000, 1, 1), today=today) == []
    assert [e.code for e in rules.date_of_birth_errors(dt.date(2027, 1, 1), today=today)] == [
        "date_of_birth_in_future"]
    assert [e.code for e in rules.date_of_birth_errors(dt.date(1926, 11, 27), today=today)] == [
        "date_of_birth_implausible"]
    assert rules.date_of_birth_errors(dt.date(1926, 11, 28), today=today) == []


def test_age_on_birthday_boundary():
    dob = dt.date(2007, 3, 15)
    assert rules.age_on(dob, dt.date(2026, 3, 14)) == 18
    assert rules.age_on(dob, dt.date(2026, 3, 15)) == 19


def test_apprenticeship_dates():
    ok = rules.apprenticeship_date_errors(start_date=dt.date(2024, 9, 1),
                                          planned_end_date=dt.date(2026, 3, 1),
                                          date_of_birth=dt.date(2000, 1, 1))
    assert ok == []
    same = rules.apprenticeship_date_errors(start_date=dt.date(2024, 9, 1),
                                            planned_end_date=dt.date(2024, 9, 1),
                                            date_of_birth=None)
    assert [(e.field, e.code) for e in same] == [("planned_end_date", "end_before_start")]
    young = rules.apprenticeship_date_errors(start_date=dt.date(2024, 9, 1),
                                             planned_end_date=dt.date(2026, 3, 1),
                                             date_of_birth=dt.date(2010, 1, 1))
    assert [(e.field, e.code) for e in young] == [("start_date", "learner_too_young")]


def test_locked_fields_only_after_the_gateway_has_passed():
    from epa.learners.rules import locked_field_errors

    changed = {"option", "planned_end_date"}
    for status in ("in_training", "gateway_in_progress", "gateway_failed", "withdrawn"):
        assert locked_field_errors(status=status, changed=changed) == []
    errors = locked_field_errors(status="gateway_passed", changed=changed | {"standard_version"},
                                 names={"standard_version": "version"})
    assert [(e.field, e.code) for e in errors] == [("version", "locked_after_gateway"),
                                                   ("option", "locked_after_gateway")]
