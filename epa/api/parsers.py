"""The API's JSON parser: DRF's, with a cap on how deeply a body may nest."""

from __future__ import annotations

from django.conf import settings
from rest_framework import parsers
from rest_framework.exceptions import ParseError


def nested_deeper_than(data, limit: int) -> bool:
    """Whether arrays and objects in ``data`` nest more than ``limit`` levels (without
    recursion: ``data`` may be deep)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children
                     if isinstance(child, dict | list))
    return False


class JSONParser(parsers.JSONParser):
    """A body nested deeper than ``settings.API_JSON_MAX_DEPTH`` levels of arrays and objects is
    a 400 ``parse_error``, as is one so deep that Python's parser runs out of recursion."""

    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.API_JSON_MAX_DEPTH
        too_deep = ParseError(f"JSON parse error - arrays and objects nest deeper than {limit} "
                              "levels.")
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise too_deep from None
        if isinstance(data, dict | list) and nested_deeper_than(data, limit):
            raise too_deep
        return data
