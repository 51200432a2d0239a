"""The API's JSON parser: DRF's, refusing what the JSON the schema describes cannot hold.

- A number too large for a float (``1e400``, read by Python as infinity) is refused, like the
  ``NaN`` and ``Infinity`` literals DRF already refuses: no field can store it, and ids and
  integers fail deep in the ORM (a 500) on infinity.
- A lone surrogate (``"\\ud800"``) is refused: it is not a character, cannot be encoded as
  UTF-8 for the database, and an error message echoing it could not be sent (a 500).

Both are a 400 ``parse_error`` whose ``attr`` names where in the body the value is
(``records.0.option``), the path drf-standardized-errors gives field errors.

- A body nested deeper than ``settings.API_JSON_MAX_DEPTH`` levels of arrays and objects is a
  400 ``parse_error``, as is one so deep that Python's parser runs out of recursion (a 500).
"""

from __future__ import annotations

import codecs
import json
import math
import re

from django.conf import settings
from rest_framework import parsers
from rest_framework.exceptions import ParseError

_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
# A surrogate can only come from a \uD800-\uDFFF escape: raw ones are not UTF-8.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")


class _NonFinite(float):
    """A number that overflowed to infinity, kept until its place in the body is known."""


def _parse_float(text: str) -> float:
    value = float(text)
    return value if math.isfinite(value) else _NonFinite(value)


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows.")


def _too_deep(limit: int) -> str:
    return f"JSON parse error - arrays and objects nest deeper than {limit} levels."


# What ``json.loads`` makes of arrays and objects (exactly these types, no subclasses).
_CONTAINERS = frozenset({dict, list})


def _nested_deeper_than(data, max_depth: int) -> bool:
    """Whether arrays and objects nest more than ``max_depth`` levels (iterative: no paths,
    containers only, so that the common body costs little)."""
    stack = [(data, 1)] if type(data) in _CONTAINERS else []
    while stack:
        value, depth = stack.pop()
        if depth > max_depth:
            return True
        children = value.values() if type(value) is dict else value
        # Most containers hold none (a sync record's fields): asked in one C-level pass.
        if not _CONTAINERS.isdisjoint(map(type, children)):
            stack.extend((child, depth + 1) for child in children if type(child) in _CONTAINERS)
    return False


def _bad_value(data, max_depth: int) -> tuple[str | None, str] | None:
    """The path and the reason of the first value the API refuses, or None. Iterative, so
    that a deeply nested body cannot exhaust the stack here."""
    stack: list[tuple[str | None, object, int]] = [(None, data, 0)]
    while stack:
        path, value, depth = stack.pop()
        if isinstance(value, dict | list) and depth >= max_depth:
            return None, _too_deep(max_depth)
        if isinstance(value, _NonFinite):
            return path, "The number is too large (it is not finite)."
        if isinstance(value, str) and _LONE_SURROGATE.search(value):
            return path, "The text has a lone surrogate (such as \\ud800): not a character."
        if isinstance(value, dict):
            for key, item in value.items():
                if _LONE_SURROGATE.search(key):
                    return path, "A name has a lone surrogate (such as \\ud800): not a character."
                stack.append((key if path is None else f"{path}.{key}", item, depth + 1))
        elif isinstance(value, list):
            stack.extend((str(index) if path is None else f"{path}.{index}", item, depth + 1)
                         for index, item in enumerate(value))
    return None


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        non_finite = []

        def parse_float(text: str) -> float:
            value = _parse_float(text)
            if isinstance(value, _NonFinite):
                non_finite.append(value)
            return value

        limit = settings.API_JSON_MAX_DEPTH
        try:
            text = codecs.getreader(encoding)(stream).read()
            data = json.loads(text, parse_constant=_refuse_constant, parse_float=parse_float)
        except ValueError as exc:
            raise ParseError(f"JSON parse error - {exc}") from exc
        except RecursionError:
            raise ParseError(_too_deep(limit)) from None
        # The full walk, which names the place of a bad value, only when there may be one.
        suspect = non_finite or _SURROGATE_ESCAPE.search(text)
        bad = (_bad_value(data, limit) if suspect
               else (None, _too_deep(limit)) if _nested_deeper_than(data, limit) else None)
        if bad is not None:
            path, reason = bad
            raise ParseError({path: [reason]} if path else reason)
        return data
