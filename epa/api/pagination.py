"""Pagination: page numbers where a total is cheap (the catalogue, directories), keyset
cursors for large collections (apprenticeships, learners, the change feed)."""

from __future__ import annotations

import base64
import datetime as dt
from urllib.parse import quote, unquote

from django.db import models
from django.db.models import Q
from rest_framework import pagination, serializers
from rest_framework.exceptions import ErrorDetail, ValidationError
from rest_framework.response import Response

from epa.api.error_schemas import NO_NUL_PATTERN
from epa.api.filters import INVALID, MAX_ID, MULTIPLE_VALUES, MULTIPLE_VALUES_MESSAGE
from epa.core.codes import define


class PageNumberPagination(pagination.PageNumberPagination):
    """The one page-number pagination: ``?page=`` and ``?page_size=`` (capped).

    Both parameters are whole numbers as the schema states (``page`` from 1, ``page_size`` from
    1 to ``max_page_size``), given at most once; anything else is a 400 naming the parameter,
    where DRF would silently fall back to a default. A ``page`` past the end is DRF's 404.
    """

    page_size = 100
    page_size_query_param = "page_size"
    page_size_query_description = "Number of results per page (1 to 500; default 100)."
    max_page_size = 500
    last_page_strings = ()  # no ?page=last: the schema declares an integer

    def error_codes(self) -> dict[str, tuple[str, ...]]:
        """The 400 codes ``query_param()`` can give per parameter, for the schema."""
        codes = (MULTIPLE_VALUES, INVALID, "max_string_length", "min_value")
        return {self.page_query_param: codes, self.page_size_query_param: (*codes, "max_value")}

    def query_param(self, request, name: str, field: serializers.IntegerField) -> int | None:
        values = request.query_params.getlist(name)
        if not values:
            return None
        if len(values) > 1:
            raise ValidationError(
                {name: [ErrorDetail(MULTIPLE_VALUES_MESSAGE, code=MULTIPLE_VALUES)]})
        try:
            return field.run_validation(values[0])
        except ValidationError as exc:
            raise ValidationError({name: exc.detail}) from exc

    def get_page_size(self, request) -> int:
        page_size = self.query_param(
            request, self.page_size_query_param,
            serializers.IntegerField(min_value=1, max_value=self.max_page_size),
        )
        return self.page_size if page_size is None else page_size

    def get_page_number(self, request, paginator) -> int:
        page = self.query_param(request, self.page_query_param,
                                serializers.IntegerField(min_value=1))
        return 1 if page is None else page

    def paginate_queryset(self, queryset, request, view=None):
        """DRF's, but the first page is read before the total: when it holds the whole list
        (most lists of the catalogue), its length is the total and nothing is counted."""
        if self.get_page_number(request, None) != 1 or not hasattr(queryset, "model"):
            return super().paginate_queryset(queryset, request, view)
        self.request = request
        page_size = self.get_page_size(request)
        rows = list(queryset[: page_size + 1])
        paginator = self.django_paginator_class(rows if len(rows) <= page_size else queryset,
                                                page_size)
        self.page = paginator.page(1)  # counts only when the list goes on
        self.page.object_list = rows[:page_size]
        if paginator.num_pages > 1 and self.template is not None:
            self.display_page_controls = True
        return self.page.object_list

    def get_schema_operation_parameters(self, view) -> list[dict]:
        parameters = super().get_schema_operation_parameters(view)
        bounds = {
            self.page_query_param: {"minimum": 1},
            self.page_size_query_param: {"minimum": 1, "maximum": self.max_page_size},
        }
        for parameter in parameters:
            parameter["schema"].update(bounds.get(parameter["name"], {}))
        return parameters


# -- keyset (cursor) pages ----------------------------------------------------------------------

INVALID_CURSOR = define("http", 400, "invalid_cursor", fields=["cursor"])
CURSOR_MAX_LENGTH = 200
_SEPARATOR = "|"


def _position_parsers(model, ordering: tuple[str, ...]) -> list:
    """For each field of ``ordering``, the function that reads it back from a cursor."""
    parsers = []
    for name in ordering:
        field = model._meta.get_field(name.lstrip("-"))
        if isinstance(field, models.DateTimeField):
            parsers.append(_aware_datetime)
        elif isinstance(field, models.DateField):
            parsers.append(dt.date.fromisoformat)
        elif isinstance(field, models.IntegerField | models.AutoField | models.BigAutoField):
            parsers.append(_whole_number)
        else:
            parsers.append(unquote)
    return parsers


def _aware_datetime(text: str) -> dt.datetime:
    when = dt.datetime.fromisoformat(text)
    if when.tzinfo is None:
        raise ValueError(text)
    return when


def _whole_number(text: str) -> int:
    if not text.isascii() or not text.isdigit() or int(text) > MAX_ID:
        raise ValueError(text)
    return int(text)


def _position_text(value) -> str:
    if isinstance(value, dt.date):  # dates and datetimes
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return quote(str(value), safe="")  # text may hold the separator


def encode_position(values) -> str:
    """A cursor: the position of a row in the order, as opaque URL-safe text."""
    text = _SEPARATOR.join(_position_text(v) for v in values)
    return base64.urlsafe_b64encode(text.encode()).decode()


def decode_position(raw: str, parsers: list) -> list:
    """The values ``encode_position`` encoded; a 400 ``invalid_cursor`` for anything else."""
    try:
        parts = base64.urlsafe_b64decode(raw.encode()).decode().split(_SEPARATOR)
        if len(parts) != len(parsers):
            raise ValueError(raw)
        return [parse(part) for parse, part in zip(parsers, parts, strict=True)]
    except (ValueError, UnicodeError) as exc:
        raise ValidationError({"cursor": [ErrorDetail(
            "Not a cursor this API gave.", code=INVALID_CURSOR)]}) from exc


def after_position(ordering: tuple[str, ...], values: list) -> Q:
    """Rows after ``values`` in ``ordering`` (fields, ``-`` for descending, the last one unique
    and every one not null): ``a > x OR (a = x AND b > y) ...``, led by ``a >= x`` so that an
    index on the order (after the tenancy column) starts the scan at the position."""
    condition = Q()
    for index in range(len(ordering) - 1, -1, -1):
        name = ordering[index].lstrip("-")
        op = "lt" if ordering[index].startswith("-") else "gt"
        step = Q(**{f"{name}__{op}": values[index]})
        if index < len(ordering) - 1:
            step |= Q(**{name: values[index]}) & condition
        condition = step
    first = ordering[0]
    lead = Q(**{f"{first.lstrip('-')}__{'lte' if first.startswith('-') else 'gte'}": values[0]})
    return lead & condition


def _row_value(row, name: str):
    return row[name] if isinstance(row, dict) else getattr(row, name)


class CursorPagination(PageNumberPagination):
    """The one keyset pagination, for large collections: ``?page_size=`` (validated as for page
    numbers) and ``?cursor=`` (a ``next_cursor`` the API gave).

    A page is the rows after the cursor's position in the view's ``cursor_ordering`` (fields,
    ``-`` for descending, ending with a unique one), found through an index that serves the
    order, so every page costs what the first does and no request counts the collection.
    ``paginate_queryset`` takes model or ``.values()`` querysets; ``restrict`` narrows what may
    be served (the change feed's lag).
    """

    ordering: tuple[str, ...] = ("id",)
    cursor_query_param = "cursor"

    def error_codes(self) -> dict[str, tuple[str, ...]]:
        codes = super().error_codes()
        return {
            self.cursor_query_param: (MULTIPLE_VALUES, INVALID_CURSOR, "max_length",
                                      "null_characters_not_allowed"),
            self.page_size_query_param: codes[self.page_size_query_param],
        }

    def get_ordering(self, view) -> tuple[str, ...]:
        return tuple(getattr(view, "cursor_ordering", None) or self.ordering)

    def restrict(self, queryset):
        return queryset

    def paginate_queryset(self, queryset, request, view=None):
        self.page_size_value = self.get_page_size(request)
        raw = self.query_param(request, self.cursor_query_param, serializers.CharField(
            max_length=CURSOR_MAX_LENGTH, allow_blank=True))
        ordering = self.get_ordering(view)
        queryset = self.restrict(queryset).order_by(*ordering)
        self.raw_cursor = raw
        if raw:
            values = decode_position(raw, _position_parsers(queryset.model, ordering))
            queryset = queryset.filter(after_position(ordering, values))
        rows = list(queryset[: self.page_size_value + 1])
        self.has_more = len(rows) > self.page_size_value
        rows = rows[: self.page_size_value]
        self.last_position = None
        if rows:
            self.last_position = encode_position(
                [_row_value(rows[-1], name.lstrip("-")) for name in ordering])
        return rows

    def next_cursor(self) -> str | None:
        return self.last_position if self.has_more else None

    def get_paginated_response(self, data):
        return Response({"next_cursor": self.next_cursor(), "has_more": self.has_more,
                         "results": data})

    next_cursor_description = ("Pass as `cursor` for the next page; null on the last page.")
    has_more_description = "Whether another page follows."

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["next_cursor", "has_more", "results"],
            "properties": {
                "next_cursor": {"type": "string", "nullable": True,
                                "description": self.next_cursor_description},
                "has_more": {"type": "boolean", "description": self.has_more_description},
                "results": schema,
            },
        }

    cursor_description = "Position from a previous `next_cursor`; omit for the first page."

    def get_schema_operation_parameters(self, view):
        return [
            {"name": self.cursor_query_param, "required": False, "in": "query",
             "description": self.cursor_description,
             "schema": {"type": "string", "maxLength": CURSOR_MAX_LENGTH,
                        "pattern": NO_NUL_PATTERN}},
            {"name": self.page_size_query_param, "required": False, "in": "query",
             "description": f"Rows per page (1 to {self.max_page_size}; default "
                            f"{self.page_size}).",
             "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size}},
        ]
