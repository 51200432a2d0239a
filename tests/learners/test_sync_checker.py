"""The batch checker of sync records gives what SyncRecordSerializer gives, record by record:
the same values for a good record, the same errors for a bad one."""

import itertools

import pytest
from rest_framework.exceptions import ValidationError

from epa.learners.api.serializers import SyncRecordChecker, SyncRecordSerializer

GOOD = {
    "uln": "5012345672", "given_names": "Ada", "family_name": "Lovelace",
    "date_of_birth": "2000-12-10", "email": "ada@example.org", "standard": "ST0792",
    "version": "1.0", "option": "Production coordinator", "employer": 5, "epao": 1,
    "start_date": "2024-09-01", "planned_end_date": "2026-03-01", "planned_otj_hours": 300,
    "has_ehc_plan": False,
}
ABSENT = object()
VARIANTS = {
    "uln": ["5012345672", " 5012345672 ", "501234567", "501234567a", 5012345672, "", None,
            "٥٠١٢٣٤٥٦٧٢", "5012345672\n", ABSENT],
    "given_names": ["Ada", "  Ada  ", "", "   ", None, 7, True, "x" * 200, "x" * 201,
                    "A\x00da", "Zoë", "\ud800", ["Ada"], ABSENT],
    "family_name": ["Lovelace", "O'Brien-Smith", 1.5, {}, ABSENT],
    "date_of_birth": ["2000-12-10", "2000-02-30", "20001210", "2000-12-10T00:00:00",
                      " 2000-12-10", "10/12/2000", 20001210, None, "", ABSENT],
    "email": ["ada@example.org", "", "  ", None, "not an email", "a@b", "ADA@EXAMPLE.ORG ",
              "a..b@example.org", "a@-example.org", 5, "é@example.org", ABSENT],
    "standard": ["ST0792", "st0792", "ST07920", None, ABSENT],
    "version": ["1.0", "1", "10000.0", " 1.0", 1.0, ABSENT],
    "option": ["Production coordinator", "", "   ", None, "x" * 256, 3, ABSENT],
    "employer": [5, 0, -1, 2**63, 2**63 - 1, 5.0, "5", True, None, ABSENT],
    "epao": [1, None, 0, "1", False, ABSENT],
    "start_date": ["2024-09-01", "2024-13-01", None, ABSENT],
    "planned_end_date": ["2026-03-01", "2026-3-1", ABSENT],
    "planned_otj_hours": [300, 0, 10000, 10001, -1, None, 300.0, "300", ABSENT],
    "has_ehc_plan": [False, True, None, 0, "true", ABSENT],
    "achievements": [[], None, [{"subject": "maths"}], "x", ABSENT],
}


def _record(**changes) -> dict:
    record = {**GOOD, **changes}
    return {k: v for k, v in record.items() if v is not ABSENT}


def _outcome(validate, raw):
    try:
        return "valid", dict(validate(raw))
    except ValidationError as exc:
        return "error", exc.detail


CASES = [_record(**{name: value}) for name, values in VARIANTS.items() for value in values]
CASES += [_record(**dict(pair)) for pair in itertools.combinations(
    [("given_names", " Ada "), ("email", ""), ("option", None), ("epao", None),
     ("has_ehc_plan", ABSENT), ("planned_otj_hours", None)], 2)]
CASES += [None, [], "record", 5, {}]


@pytest.mark.parametrize("raw", CASES, ids=range(len(CASES)))
def test_the_checker_agrees_with_the_serializer(raw):
    assert _outcome(SyncRecordChecker().check, raw) == _outcome(
        SyncRecordSerializer().run_validation, raw)


def _serializer_outcomes(raws):
    return [_outcome(SyncRecordSerializer().run_validation, raw) for raw in raws]


def _batch_outcomes(checker, raws):
    return [("error", o.detail) if isinstance(o, ValidationError) else ("valid", dict(o))
            for o in checker.check_batch(raws)]


GOOD_BATCH = [_record(), _record(email="", option=None, epao=None, has_ehc_plan=True),
              _record(given_names=" Zoë "), _record(has_ehc_plan=ABSENT, email=ABSENT),
              _record(planned_otj_hours=None, option="  ")]


@pytest.mark.parametrize("raw", CASES, ids=range(len(CASES)))
def test_a_batch_is_checked_as_each_record_would_be(raw):
    """Column by column, whatever the neighbours: a bad record among good ones, and a good one
    among bad ones, each gets the serializer's outcome."""
    for batch in ([*GOOD_BATCH, raw], [raw, *GOOD_BATCH], [raw, None, {}]):
        assert _batch_outcomes(SyncRecordChecker(), batch) == _serializer_outcomes(batch)


def test_good_records_are_checked_without_the_serializer(monkeypatch):
    checker = SyncRecordChecker()
    expected = _serializer_outcomes(GOOD_BATCH)

    def refused(raw):
        raise AssertionError(f"the serializer was asked about {raw}")

    monkeypatch.setattr(checker.serializer, "run_validation", refused)
    assert _batch_outcomes(checker, GOOD_BATCH) == expected
    with pytest.raises(AssertionError, match="asked about"):
        checker.check_batch([_record(achievements=[])])


def test_a_serializer_with_checks_of_its_own_gets_every_record(monkeypatch):
    class Checked(SyncRecordSerializer):
        def validate(self, attrs):
            return attrs

    checker = SyncRecordChecker(Checked)
    asked = []
    monkeypatch.setattr(checker.serializer, "run_validation",
                        lambda raw: asked.append(raw) or raw)
    checker.check_batch(GOOD_BATCH)
    assert asked == GOOD_BATCH
