"""The change feed: keyset pagination by ``(updated_at, id)`` for clients that sync.

A timestamp alone is not a safe cursor: a transaction that started earlier can commit after a
client has read past its ``updated_at``, and the client never sees it. So the feed only serves
rows older than ``settings.SYNC_FEED_LAG`` (longer than any write transaction), and positions are
``(updated_at, id)`` so rows sharing a timestamp are neither skipped nor repeated.
"""

from __future__ import annotations

import base64
import datetime as dt

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from rest_framework import exceptions, serializers
from rest_framework.response import Response

from epa.api.error_schemas import NO_NUL_PATTERN
from epa.api.filters import MULTIPLE_VALUES
from epa.api.pagination import PageNumberPagination
from epa.core.codes import define

INVALID_CURSOR = define("http", 400, "invalid_cursor", fields=["cursor"])


def encode_cursor(updated_at: dt.datetime, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{updated_at.isoformat()}|{pk}".encode()).decode()


def decode_cursor(raw: str) -> tuple[dt.datetime, int]:
    try:
        stamp, _, pk = base64.urlsafe_b64decode(raw.encode()).decode().partition("|")
        when = dt.datetime.fromisoformat(stamp)
        if when.tzinfo is None or not pk.isascii() or not pk.isdigit():
            raise ValueError(raw)
        return when, int(pk)
    except (ValueError, UnicodeError) as exc:
        raise exceptions.ValidationError({"cursor": [exceptions.ErrorDetail(
            "Not a cursor this API gave.", code=INVALID_CURSOR)]}) from exc


class ChangeFeedPagination(PageNumberPagination):
    """Keyset pages over ``(updated_at, id)``; ``page_size`` is validated as everywhere else."""

    page_size = 100
    max_page_size = 1000
    cursor_query_param = "cursor"

    def error_codes(self) -> dict[str, tuple[str, ...]]:
        codes = super().error_codes()
        return {
            self.cursor_query_param: (MULTIPLE_VALUES, INVALID_CURSOR, "max_length",
                                      "null_characters_not_allowed"),
            self.page_size_query_param: codes[self.page_size_query_param],
        }

    def paginate_queryset(self, queryset, request, view=None):
        self.page_size_value = self.get_page_size(request)
        raw = self.query_param(request, self.cursor_query_param,
                               serializers.CharField(max_length=200, allow_blank=True))
        horizon = timezone.now() - settings.SYNC_FEED_LAG
        queryset = queryset.filter(updated_at__lte=horizon).order_by("updated_at", "id")
        self.cursor = raw
        if raw:
            when, pk = decode_cursor(raw)
            queryset = queryset.filter(Q(updated_at__gt=when) | Q(updated_at=when, id__gt=pk))
        rows = list(queryset[: self.page_size_value + 1])
        self.has_more = len(rows) > self.page_size_value
        rows = rows[: self.page_size_value]
        if rows:
            self.cursor = encode_cursor(rows[-1].updated_at, rows[-1].pk)
        return rows

    def get_paginated_response(self, data):
        return Response({"next_cursor": self.cursor, "has_more": self.has_more,
                         "results": data})

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["next_cursor", "has_more", "results"],
            "properties": {
                "next_cursor": {
                    "type": "string", "nullable": True,
                    "description": "Pass as `cursor` to continue; keep it to poll for later "
                                   "changes. Null only before anything has been served."},
                "has_more": {"type": "boolean",
                             "description": "Whether more changes are ready now."},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {"name": self.cursor_query_param, "required": False, "in": "query",
             "description": "Position from a previous `next_cursor`; omit to start.",
             "schema": {"type": "string", "maxLength": 200, "pattern": NO_NUL_PATTERN}},
            {"name": "page_size", "required": False, "in": "query",
             "description": f"Rows per page (1 to {self.max_page_size}; default "
                            f"{self.page_size}).",
             "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size}},
        ]
