"""Validation rules for learners and apprenticeships: plain functions, no database access.

Every entry point (single write, bulk sync, admin) applies these, so a record is judged the
same way wherever it comes from. Each problem is a ``FieldError`` with a stable code.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Collection, Mapping

from epa.core.errors import FieldError

TEMPORARY_ULN = "9999999999"
OLDEST_AGE_YEARS = 100
YOUNGEST_AGE_AT_START = 15


_ULN_WEIGHTS = range(10, 1, -1)


def uln_check_digit(first_nine: str) -> int | None:
    """The check digit for the first nine digits of a ULN, or None where none is valid.

    Weights 10 down to 2; remainder modulo 11; the check digit is 10 minus the remainder, and a
    remainder of 0 has no valid check digit.
    """
    if len(first_nine) != 9:
        raise ValueError(f"nine digits expected, not {first_nine!r}")
    remainder = sum(map(operator.mul, map(int, first_nine), _ULN_WEIGHTS)) % 11
    return None if remainder == 0 else 10 - remainder


def uln_errors(uln: str, field: str = "uln", *, check_digit: bool = True) -> list[FieldError]:
    """A ULN is 10 digits from 1000000000 (not the temporary ULN) with a modulus-11 check
    digit; ``check_digit=False`` (a sandbox: DfE's fixture ULNs fail it) checks the range only."""
    if uln == TEMPORARY_ULN:
        return [FieldError(field, "temporary_uln",
                           "9999999999 is the temporary ULN; a real ULN is needed.")]
    if len(uln) != 10 or not (uln.isascii() and uln.isdigit()) or uln[0] == "0":
        return [FieldError(field, "invalid_uln",
                           "A ULN is 10 digits and does not start with 0.")]
    if check_digit and uln_check_digit(uln[:9]) != int(uln[9]):
        return [FieldError(field, "invalid_uln_check_digit",
                           f"{uln} fails the ULN check digit (modulo 11).")]
    return []


def date_of_birth_errors(date_of_birth: dt.date, *, today: dt.date,
                         field: str = "date_of_birth") -> list[FieldError]:
    if date_of_birth > today:
        return [FieldError(field, "date_of_birth_in_future", "The date of birth is in the future.")]
    if date_of_birth < today.replace(year=today.year - OLDEST_AGE_YEARS):
        return [FieldError(field, "date_of_birth_implausible",
                           f"The date of birth is more than {OLDEST_AGE_YEARS} years ago.")]
    return []


def age_on(date_of_birth: dt.date, day: dt.date) -> int:
    """Whole years of age on ``day``."""
    return day.year - date_of_birth.year - (
        (day.month, day.day) < (date_of_birth.month, date_of_birth.day)
    )


def apprenticeship_date_errors(*, start_date: dt.date, planned_end_date: dt.date,
                               date_of_birth: dt.date | None) -> list[FieldError]:
    errors = []
    if planned_end_date <= start_date:
        errors.append(FieldError("planned_end_date", "end_before_start",
                                 "The planned end date must be after the start date."))
    if date_of_birth is not None and age_on(date_of_birth, start_date) < YOUNGEST_AGE_AT_START:
        errors.append(FieldError(
            "start_date", "learner_too_young",
            f"The learner would be under {YOUNGEST_AGE_AT_START} at the start date."))
    return errors


# Once the EPAO has passed the gateway, the facts it verified and the EPA is assessed against
# stay as they were: the standard version, the option, the parties (the assessor's
# independence was checked against them) and the start date.
LOCKED_AFTER_GATEWAY = ("standard_version", "option", "provider", "employer", "epao",
                        "start_date")
GATEWAY_PASSED_STATUSES = frozenset({
    "gateway_passed", "epa_booked", "epa_in_progress", "result_provisional",
    "result_confirmed", "certificate_requested",
})


def locked_field_errors(*, status: str, changed: set[str], gateway_status: str | None = None,
                        names: dict[str, str] | None = None) -> list[FieldError]:
    """The changes refused because the gateway has passed, or is with the EPAO for review
    (``names`` renames fields for the caller's request, e.g. a sync record's ``version``)."""
    names = names or {}
    if status not in GATEWAY_PASSED_STATUSES:
        if gateway_status == "submitted" and "epao" in changed:
            return [FieldError(names.get("epao", "epao"), "gateway_submitted",
                               "The gateway is with this EPAO for review: the EPAO changes only "
                               "once it is decided.")]
        return []
    return [FieldError(names.get(field, field), "locked_after_gateway",
                       f"The gateway has passed: the {field.replace('_', ' ')} the EPA is "
                       "assessed against cannot change.")
            for field in LOCKED_AFTER_GATEWAY if field in changed]


# Columns of the fields above, as stored on the apprenticeship row.
LOCKED_COLUMNS = {field: field if field == "start_date" else f"{field}_id"
                  for field in LOCKED_AFTER_GATEWAY}


def locked_changes_errors(*, stored: Mapping, values: Mapping,
                          names: dict[str, str] | None = None) -> list[FieldError]:
    """``locked_field_errors`` for a write of ``values`` (columns, as they would be stored) over
    the row ``stored`` (its columns, ``status`` and ``gateway_status``), as read under the row's
    lock: every write of an existing apprenticeship (single or sync) checks this way."""
    changed = {field for field, column in LOCKED_COLUMNS.items()
               if column in values and values[column] != stored[column]}
    return locked_field_errors(status=stored["status"], changed=changed,
                               gateway_status=stored["gateway_status"], names=names)


def epao_approval_covers(approved_versions: Collection[int] | None, version_id: int) -> bool:
    """Is an EPAO approved for a version? ``approved_versions`` are the versions its approval
    for the standard names (none named: every version), None when it has no approval."""
    return approved_versions is not None and (not approved_versions
                                              or version_id in approved_versions)


def with_recorded_email(sent: Mapping, stored: Mapping | None) -> dict:
    """Learner details ``sent`` as they would be stored: an empty email means "not given" and
    keeps the one on record (``stored``, None for a learner not recorded yet)."""
    if stored is None or "email" not in sent or sent["email"]:
        return dict(sent)
    return {**sent, "email": stored["email"]}
