"""The registry of error codes: every stable ``code`` the API answers with, defined once.

Each app defines its codes in its own ``codes.py``, beside the services that raise them, with
``define``; ``CoreConfig.ready`` imports every app's ``codes`` module, so the registry is whole
before the first request. The OpenAPI schema's error enums, the per-field error declarations
and the tests' allow-lists are read from here, never listed again by hand.

A code is defined for one HTTP status. A 400 code also names the fields (request paths, with
``INDEX`` for a position in a list: ``methods.INDEX.code``) it is given for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class ErrorCode:
    code: str
    status: int
    group: str
    fields: frozenset[str] = frozenset()
    description: str = ""


_REGISTRY: dict[str, ErrorCode] = {}


def define(group: str, status: int, code: str, *, fields: Iterable[str] = (),
           description: str = "") -> str:
    """Register ``code`` (once per status; a second definition may only add fields)."""
    existing = _REGISTRY.get(code)
    if existing is not None and existing.status != status:
        raise ImproperlyConfigured(
            f"Error code {code!r} is defined for {existing.status} ({existing.group}) and "
            f"again for {status} ({group}): one code, one status.")
    fields = frozenset(fields) | (existing.fields if existing else frozenset())
    _REGISTRY[code] = ErrorCode(code=code, status=status, group=existing.group if existing
                                else group, fields=fields,
                                description=description or (existing.description if existing
                                                            else ""))
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


def get(code: str) -> ErrorCode:
    return _REGISTRY[code]


def codes_for_status(status: int) -> list[str]:
    return sorted(c.code for c in _REGISTRY.values() if c.status == status)


def field_codes(group: str | None = None) -> dict[str, list[str]]:
    """``{field: [code, ...]}`` of the 400 codes, of one group or all."""
    table: dict[str, set[str]] = {}
    for entry in _REGISTRY.values():
        if entry.status == 400 and (group is None or entry.group == group):
            for field in entry.fields:
                table.setdefault(field, set()).add(entry.code)
    return {field: sorted(codes) for field, codes in sorted(table.items())}


def all_codes() -> dict[str, ErrorCode]:
    return dict(_REGISTRY)
