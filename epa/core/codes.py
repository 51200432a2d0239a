"""The registry of error codes: every stable ``code`` the API answers with, defined once.

Each module that raises a code defines it with ``define`` (a service's codes beside the
service; the HTTP layer's and the framework's in ``epa.api``); ``CoreConfig.ready`` imports
every ``epa`` app's ``codes`` and ``services`` modules, so the registry is whole before the
schema is built or a request served. The OpenAPI schema's error enums, the per-field error
declarations and the tests' allow-lists are read from here, never listed again by hand
(``tests/test_error_codes.py`` finds every literal code in the source and checks it is here).

A code is defined for an HTTP status; nearly always one (``method_carried`` is a 409 when the
method booked is carried from an earlier attempt, a 400 when a field names one). A 400 code
also names the fields (request paths, with ``INDEX`` for a position in a list:
``methods.INDEX.code``) it is given for, per group (the service or layer that gives it), so
that one operation declares only its own services' fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class ErrorCode:
    code: str
    status: int
    groups: frozenset[str]
    description: str = ""


_REGISTRY: dict[tuple[str, int], ErrorCode] = {}
# group -> field -> codes (400 only)
_FIELDS: dict[str, dict[str, set[str]]] = {}
_complete = False


def define(group: str, status: int, code: str, *, fields: Iterable[str] = (),
           description: str = "") -> str:
    """Register ``code`` for ``status`` (again: adds the group and fields)."""
    existing = _REGISTRY.get((code, status))
    _REGISTRY[code, status] = ErrorCode(
        code=code, status=status,
        groups=frozenset({group}) | (existing.groups if existing else frozenset()),
        description=description or (existing.description if existing else ""))
    for field in fields:
        _FIELDS.setdefault(group, {}).setdefault(field, set()).add(code)
    return code


def define_field_codes(group: str, table: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """Register the 400 codes of a table ``{field: [code, ...]}``; returns the table."""
    result = {}
    for field, codes in table.items():
        result[field] = list(codes)
        for code in result[field]:
            define(group, 400, code, fields=[field])
    return result


def define_many(group: str, status: int, codes: Iterable[str]) -> list[str]:
    return [define(group, status, code) for code in codes]


def mark_complete() -> None:
    """Called by ``CoreConfig.ready`` once every app's codes are imported."""
    global _complete
    _complete = True


def _whole() -> dict[tuple[str, int], ErrorCode]:
    if not _complete:
        raise ImproperlyConfigured("The error-code registry is read before every app's codes "
                                   "are defined (before CoreConfig.ready).")
    return _REGISTRY


def statuses(code: str) -> set[int]:
    """The statuses ``code`` is defined for (none: not defined)."""
    return {status for (name, status) in _whole() if name == code}


def codes_for_status(status: int, *, exclude_groups: Iterable[str] = ()) -> list[str]:
    """The codes of ``status``; without those defined only by ``exclude_groups``."""
    excluded = frozenset(exclude_groups)
    return sorted(c.code for c in _whole().values()
                  if c.status == status and c.groups - excluded)


def field_codes(group: str | None = None) -> dict[str, list[str]]:
    """``{field: [code, ...]}`` of the 400 codes, of one group or all (fields in the order
    they were defined)."""
    _whole()
    table: dict[str, set[str]] = {}
    for name, fields in _FIELDS.items():
        if group is None or name == group:
            for field, codes in fields.items():
                table.setdefault(field, set()).update(codes)
    return {field: sorted(codes) for field, codes in table.items()}


def all_codes() -> dict[tuple[str, int], ErrorCode]:
    return dict(_whole())
