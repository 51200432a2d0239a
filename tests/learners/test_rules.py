import datetime as dt

import pytest

from epa.learners import rules


@pytest.mark.parametrize("uln", ["1000000042", "9876543210"])
def test_uln_check_digit_matches_hand_computation(uln):
    # 1000000042: 1*10 + 4*2 = 18; 18 % 11 = 7; 10 - 7 = 3, so ...0042 is invalid and ...0043
    total = sum(int(d) * w for d, w in zip(uln[:9], range(10, 1, -1), strict=True))
    expected = None if total % 11 == 0 else 10 - total % 11
    assert rules.uln_check_digit(uln[:9]) == expected


def test_uln_valid_and_invalid():
    assert rules.uln_errors("1000000043") == []
    assert [e.code for e in rules.uln_errors("1000000042")] == ["invalid_uln_check_digit"]
    assert [e.code for e in rules.uln_errors("9999999999")] == ["temporary_uln"]
    assert [e.code for e in rules.uln_errors("0123456789")] == ["invalid_uln"]
    assert [e.code for e in rules.uln_errors("12345")] == ["invalid_uln"]
    assert [e.code for e in rules.uln_errors("12345678a0")] == ["invalid_uln"]


def test_nine_digits_with_remainder_zero_have_no_valid_uln():
    # weighted sum 1*10 + a*3 + b*2: pick a, b that make it a multiple of 11
    first_nine = next(f"1000000{a}{b}" for a in range(10) for b in range(10)
                      if (10 + a * 3 + b * 2) % 11 == 0)
    assert rules.uln_check_digit(first_nine) is None
    assert all(rules.uln_errors(first_nine + str(d)) for d in range(10))


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
