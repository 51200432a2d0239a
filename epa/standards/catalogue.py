"""Plain data describing one standard version, independent of where it came from.

Both the shipped catalogue files (``data/*.json``) and the Skills England standards API
importer produce these; one service (``services.standard_version_upsert``) writes them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from epa.standards.models import KSB_KIND_BY_PREFIX, KSB_PREFIX, KSBKind, StandardStatus


class CatalogueError(ValueError):
    """Invalid catalogue data; ``field`` is a dotted path to the offending value."""

    def __init__(self, field: str, message: str, code: str = "invalid") -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.code = code


@dataclass(frozen=True)
class KSBData:
    kind: KSBKind
    number: int
    text: str
    external_id: str = ""

    @property
    def code(self) -> str:
        return f"{KSB_PREFIX[self.kind]}{self.number}"


@dataclass(frozen=True)
class OptionData:
    title: str
    external_id: str = ""


@dataclass(frozen=True)
class DutyData:
    number: int
    text: str
    option_title: str | None
    ksb_codes: tuple[str, ...]
    external_id: str = ""


@dataclass(frozen=True)
class ProgressionData:
    reference: str
    title: str
    level: int
    version: str = ""


@dataclass(frozen=True)
class StandardData:
    """A standard's own fields (it may have no version loaded yet, like a progression target)."""

    reference: str
    title: str
    level: int
    route: str = ""
    status: StandardStatus = StandardStatus.APPROVED
    lars_code: int | None = None


@dataclass(frozen=True)
class StandardVersionData:
    standard: StandardData
    version: str
    status: StandardStatus = StandardStatus.APPROVED
    approved_on: dt.date | None = None
    typical_duration_months: int | None = None
    epa_period_months: int | None = None
    min_off_the_job_hours: int | None = None
    core_and_options: bool = False
    entry_requirements: str = ""
    # ``None`` means "not given by this source": an update keeps what is stored.
    english_maths_requirements: str | None = None
    typical_job_titles: tuple[str, ...] = ()
    involved_employers: tuple[str, ...] | None = None
    assessment_plan_url: str = ""
    options: tuple[OptionData, ...] = ()
    ksbs: tuple[KSBData, ...] = ()
    duties: tuple[DutyData, ...] = ()
    progression: tuple[ProgressionData, ...] | None = None


def split_ksb_code(code: str, field_name: str) -> tuple[KSBKind, int]:
    """``"K17"`` -> ``(KSBKind.KNOWLEDGE, 17)``."""
    code = code.strip().upper()
    prefix, digits = code[:1], code[1:]
    if prefix not in KSB_KIND_BY_PREFIX or not digits.isdecimal() or int(digits) < 1:
        raise CatalogueError(
            field_name, f"{code!r} is not a KSB code such as K1, S2 or B3.", "invalid_ksb_code"
        )
    return KSB_KIND_BY_PREFIX[prefix], int(digits)
