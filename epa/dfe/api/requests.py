"""Reading DfE request bodies and paths: names matched case-insensitively, unknown names
ignored, and a value of the wrong type (or an explicit null where DfE's model has none)
refuses the whole request as invalid input, as DfE's model binding does."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MIN_DATE = dt.date.min  # an omitted non-nullable date binds to 0001-01-01 in DfE's service


class InvalidInput(Exception):
    """The body does not match DfE's definition: 403 with DfE's invalid-input message."""


def folded(value):
    """Names in lower case, recursively."""
    if isinstance(value, dict):
        return {str(k).lower(): folded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [folded(v) for v in value]
    return value


def obj(data: dict, name: str) -> dict | None:
    value = data.get(name)
    if value is not None and not isinstance(value, dict):
        raise InvalidInput(name)
    return value


def text(data: dict | None, name: str) -> str | None:
    value = (data or {}).get(name)
    if value is not None and not isinstance(value, str):
        raise InvalidInput(name)
    return value


def integer(data: dict | None, name: str, *, nullable: bool = True, default: int | None = None
            ) -> int | None:
    data = data or {}
    if name not in data:
        return default
    value = data[name]
    if value is None:
        if not nullable:
            raise InvalidInput(name)
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(name)
    return value


def boolean(data: dict, name: str) -> bool | None:
    value = data.get(name)
    if value is not None and not isinstance(value, bool):
        raise InvalidInput(name)
    return value


def date(data: dict | None, name: str) -> dt.date:
    """A non-nullable date: omitted, 0001-01-01; an explicit null or a non-date, invalid."""
    data = data or {}
    if name not in data:
        return MIN_DATE
    value = data[name]
    if not isinstance(value, str):
        raise InvalidInput(name)
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise InvalidInput(name) from exc


@dataclass(frozen=True)
class StandardSent:
    code: int | None
    reference: str | None


def standard_sent(data: dict | None) -> StandardSent:
    return StandardSent(integer(data, "standardcode"), text(data, "standardreference"))


def path_uln(raw: str) -> int:
    if not (raw.isascii() and raw.isdigit()):
        raise InvalidInput("uln")
    return int(raw)


def path_standard(raw: str) -> StandardSent:
    """A LARS code (an integer) or an IfATE reference (6 characters); anything else resolves
    to nothing, as DfE's service reads it."""
    if raw.isascii() and raw.isdigit():
        return StandardSent(int(raw), None)
    return StandardSent(None, raw if len(raw) == 6 else "")
