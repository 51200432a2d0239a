"""Parsers from the two catalogue formats into ``catalogue`` data.

- ``parse_catalogue_version``: the project's own compact format, used for the shipped data in
  ``data/`` (duties list KSB codes, options are titles).
- ``parse_skills_england_record``: one standard version as published by the Skills England
  (formerly Institute for Apprenticeships) standards API, where options, duties and KSBs are
  linked by GUIDs.

Both raise ``CatalogueError`` naming the offending field.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from epa.standards.catalogue import (
    CatalogueError,
    DutyData,
    KSBData,
    OptionData,
    ProgressionData,
    StandardData,
    StandardVersionData,
    split_ksb_code,
)
from epa.standards.models import KSBKind, StandardStatus

DATA_DIR = Path(__file__).resolve().parent / "data"

_STATUS_ALIASES = {
    "approved for delivery": StandardStatus.APPROVED,
    "approved_for_delivery": StandardStatus.APPROVED,
    "in development": StandardStatus.IN_DEVELOPMENT,
    "in_development": StandardStatus.IN_DEVELOPMENT,
    "proposal in development": StandardStatus.PROPOSAL,
    "proposal_in_development": StandardStatus.PROPOSAL,
    "retired": StandardStatus.RETIRED,
    "withdrawn": StandardStatus.WITHDRAWN,
}


# -- field readers -------------------------------------------------------------------------

def _get(obj: dict, key: str, path: str, *, required: bool = True, default: Any = None) -> Any:
    if not isinstance(obj, dict):
        raise CatalogueError(path or "record", "Expected a JSON object.", "invalid_type")
    if key not in obj or obj[key] is None:
        if required:
            raise CatalogueError(_join(path, key), "This field is required.", "required")
        return default
    return obj[key]


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _str(obj: dict, key: str, path: str = "", *, required: bool = True) -> str:
    value = _get(obj, key, path, required=required, default="")
    if not isinstance(value, str):
        raise CatalogueError(_join(path, key), "Expected a string.", "invalid_type")
    if required and not value.strip():
        raise CatalogueError(_join(path, key), "This field may not be blank.", "blank")
    return value.strip()


def _int(obj: dict, key: str, path: str = "", *, required: bool = True) -> int | None:
    value = _get(obj, key, path, required=required)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise CatalogueError(_join(path, key), "Expected a whole number.", "invalid_type")
    try:
        return int(value)
    except ValueError as exc:
        raise CatalogueError(_join(path, key), f"{value!r} is not a whole number.",
                             "invalid_type") from exc


def _list(obj: dict, key: str, path: str = "", *, required: bool = False) -> list:
    value = _get(obj, key, path, required=required, default=[])
    if not isinstance(value, list):
        raise CatalogueError(_join(path, key), "Expected a list.", "invalid_type")
    return value


def _status(obj: dict, key: str, path: str = "") -> StandardStatus:
    raw = _get(obj, key, path, required=False, default="approved_for_delivery")
    status = _STATUS_ALIASES.get(str(raw).strip().lower())
    if status is None:
        raise CatalogueError(_join(path, key), f"Unknown status {raw!r}.", "invalid_choice")
    return status


def _date(obj: dict, key: str, path: str = "") -> dt.date | None:
    raw = _get(obj, key, path, required=False)
    if raw in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(raw)[:10])
    except ValueError as exc:
        raise CatalogueError(_join(path, key), f"{raw!r} is not a date (YYYY-MM-DD).",
                             "invalid_date") from exc


def _version(obj: dict, key: str, path: str = "") -> str:
    raw = _get(obj, key, path)
    if isinstance(raw, float):
        raw = f"{raw:.1f}"
    value = str(raw).strip()
    if not re.fullmatch(r"\d+\.\d+", value):
        raise CatalogueError(_join(path, key), f"{raw!r} is not a version such as 1.0.",
                             "invalid_version")
    return value


def _text_list(obj: dict, key: str, path: str = "") -> tuple[str, ...]:
    """A list of strings, or one string separated by ``|`` (as the standards API gives)."""
    raw = _get(obj, key, path, required=False, default=[])
    if isinstance(raw, str):
        raw = raw.split("|")
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise CatalogueError(_join(path, key), "Expected a list of strings.", "invalid_type")
    return tuple(x.strip() for x in raw if x.strip())


# -- the project's own format --------------------------------------------------------------

def parse_catalogue_standard(obj: dict, path: str = "") -> StandardData:
    return StandardData(
        reference=_str(obj, "reference", path),
        title=_str(obj, "title", path),
        level=_int(obj, "level", path),
        route=_str(obj, "route", path, required=False),
        status=_status(obj, "status", path),
        lars_code=_int(obj, "lars_code", path, required=False),
    )


def parse_catalogue_version(obj: dict) -> StandardVersionData:
    ksbs = []
    for i, item in enumerate(_list(obj, "ksbs")):
        kind, number = split_ksb_code(_str(item, "code", f"ksbs[{i}]"), f"ksbs[{i}].code")
        ksbs.append(KSBData(kind=kind, number=number, text=_str(item, "text", f"ksbs[{i}]")))
    duties = []
    for i, item in enumerate(_list(obj, "duties")):
        path = f"duties[{i}]"
        duties.append(DutyData(
            number=_int(item, "number", path),
            text=_str(item, "text", path),
            option_title=_str(item, "option", path, required=False) or None,
            ksb_codes=tuple(_str(item, "ksbs", path).split()),
        ))
    progression = []
    for i, item in enumerate(_list(obj, "progression")):
        path = f"progression[{i}]"
        progression.append(ProgressionData(
            reference=_str(item, "reference", path),
            title=_str(item, "title", path),
            level=_int(item, "level", path),
            version=_str(item, "version", path, required=False),
        ))
    options = [
        OptionData(title=title) if isinstance(title, str) else _bad(f"options[{i}]")
        for i, title in enumerate(_list(obj, "options"))
    ]
    return StandardVersionData(
        standard=parse_catalogue_standard(obj),
        version=_version(obj, "version"),
        status=_status(obj, "version_status"),
        approved_on=_date(obj, "approved_on"),
        typical_duration_months=_int(obj, "typical_duration_months", required=False),
        epa_period_months=_int(obj, "epa_period_months", required=False),
        min_off_the_job_hours=_int(obj, "min_off_the_job_hours", required=False),
        core_and_options=bool(_get(obj, "core_and_options", "", required=False, default=False)),
        entry_requirements=_str(obj, "entry_requirements", required=False),
        english_maths_requirements=_str(obj, "english_maths_requirements", required=False),
        typical_job_titles=_text_list(obj, "typical_job_titles"),
        involved_employers=_text_list(obj, "involved_employers"),
        assessment_plan_url=_str(obj, "assessment_plan_url", required=False),
        options=tuple(options),
        ksbs=tuple(ksbs),
        duties=tuple(duties),
        progression=tuple(progression),
    )


def _bad(path: str):
    raise CatalogueError(path, "Expected a string.", "invalid_type")


def shipped_catalogue() -> tuple[list[StandardData], list[StandardVersionData]]:
    """The standards that ship with the project: stubs first, then full versions."""
    stubs = json.loads((DATA_DIR / "standards.json").read_text(encoding="utf-8"))
    standards = [parse_catalogue_standard(s, f"standards[{i}]") for i, s in enumerate(stubs)]
    versions = [
        parse_catalogue_version(json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(DATA_DIR.glob("ST*-*.json"))
    ]
    return standards, versions


# -- Skills England standards API format ---------------------------------------------------

_KSB_LISTS = (
    ("knowledges", "knowledgeId", KSBKind.KNOWLEDGE, "K"),
    ("skills", "skillId", KSBKind.SKILL, "S"),
    ("behaviours", "behaviourId", KSBKind.BEHAVIOUR, "B"),
)
_DUTY_MAPPINGS = (
    ("mappedKnowledge", "knowledges"),
    ("mappedSkills", "skills"),
    ("mappedBehaviour", "behaviours"),
)


def parse_skills_england_record(obj: Any) -> StandardVersionData:
    """One standard version in the Skills England standards API JSON format."""
    if not isinstance(obj, dict):
        raise CatalogueError("record", "Expected a JSON object.", "invalid_type")

    options: list[OptionData] = []
    option_by_id: dict[str, str] = {}
    for i, item in enumerate(_list(obj, "options")):
        path = f"options[{i}]"
        option_id = str(_get(item, "optionId", path)).strip()
        title = _str(item, "title", path)
        option_by_id[option_id.lower()] = title
        options.append(OptionData(title=title, external_id=option_id))

    ksbs: list[KSBData] = []
    seen_codes: set[str] = set()
    code_by_id: dict[str, dict[str, str]] = {}
    for list_key, id_key, kind, prefix in _KSB_LISTS:
        code_by_id[list_key] = {}
        for i, item in enumerate(_list(obj, list_key)):
            path = f"{list_key}[{i}]"
            ksb_id = str(_get(item, id_key, path)).strip().lower()
            detail = _str(item, "detail", path)
            match = re.match(rf"^\s*{prefix}(\d+)\s*[:.\-]\s*(.*)$", detail, re.DOTALL)
            number, text = (int(match.group(1)), match.group(2)) if match else (i + 1, detail)
            if f"{prefix}{number}" in seen_codes:
                raise CatalogueError(path, f"KSB {prefix}{number} is repeated.", "duplicate_ksb")
            seen_codes.add(f"{prefix}{number}")
            ksbs.append(KSBData(kind=kind, number=number, text=text.strip(),
                                external_id=str(_get(item, id_key, path)).strip()))
            code_by_id[list_key][ksb_id] = f"{prefix}{number}"

    duties: list[DutyData] = []
    for i, item in enumerate(_list(obj, "duties")):
        path = f"duties[{i}]"
        is_core = _get(item, "isThisACoreDuty", path, required=False, default=1)
        if is_core not in (0, 1, True, False):
            raise CatalogueError(f"{path}.isThisACoreDuty", "Expected 0 or 1.", "invalid_type")
        option_title = None
        mapped_options = [str(x).strip().lower() for x in _list(item, "mappedOptions", path)]
        if not is_core:
            if len(mapped_options) != 1:
                raise CatalogueError(
                    f"{path}.mappedOptions",
                    f"A non-core duty must map exactly one option; this one maps "
                    f"{len(mapped_options)}.", "duty_option_count",
                )
            if mapped_options[0] not in option_by_id:
                raise CatalogueError(f"{path}.mappedOptions",
                                     f"Unknown option id {mapped_options[0]!r}.",
                                     "unknown_option")
            option_title = option_by_id[mapped_options[0]]
        codes: list[str] = []
        for mapping_key, list_key in _DUTY_MAPPINGS:
            for ksb_id in _list(item, mapping_key, path):
                code = code_by_id[list_key].get(str(ksb_id).strip().lower())
                if code is None:
                    raise CatalogueError(f"{path}.{mapping_key}",
                                         f"Unknown {list_key[:-1]} id {ksb_id!r}.", "unknown_ksb")
                codes.append(code)
        duties.append(DutyData(
            number=i + 1,
            text=_str(item, "dutyDetail", path),
            option_title=option_title,
            ksb_codes=tuple(codes),
            external_id=_duty_id(item, path),
        ))

    lars = _int(obj, "larsCode", required=False)
    duration = _int(obj, "typicalDuration", required=False)
    status = _status(obj, "status")
    return StandardVersionData(
        standard=StandardData(
            reference=_str(obj, "referenceNumber"),
            title=_str(obj, "title"),
            level=_int(obj, "level"),
            route=_str(obj, "route", required=False),
            status=status,
            lars_code=lars or None,
        ),
        version=_version(obj, "version"),
        status=status,
        approved_on=_date(obj, "approvedForDelivery"),
        typical_duration_months=duration or None,
        epa_period_months=_int(obj, "ePALength", required=False) or None,
        min_off_the_job_hours=_int(obj, "minimumHoursForCompliance", required=False) or None,
        core_and_options=bool(_get(obj, "coreAndOptions", "", required=False, default=False)),
        entry_requirements=_str(obj, "entryRequirements", required=False),
        typical_job_titles=_text_list(obj, "typicalJobTitles"),
        assessment_plan_url=_str(obj, "assessmentPlanUrl", required=False),
        options=tuple(options),
        ksbs=tuple(ksbs),
        duties=tuple(duties),
    )


def _duty_id(item: dict, path: str) -> str:
    """The duty's GUID: the API spells it ``dutyId`` or ``dutyID``."""
    for key in ("dutyId", "dutyID"):
        if item.get(key) not in (None, ""):
            return str(_get(item, key, path)).strip()
    return ""


# Names of the Skills England fields for the checks made on the parsed data.
SKILLS_ENGLAND_FIELD_NAMES = {
    "reference": "referenceNumber",
    "core_and_options": "coreAndOptions",
    "min_off_the_job_hours": "minimumHoursForCompliance",
    "lars_code": "larsCode",
    "epa_period_months": "ePALength",
}


def records_from_json(payload: Any) -> Iterable[Any]:
    """A single record or an array of records."""
    return payload if isinstance(payload, list) else [payload]
