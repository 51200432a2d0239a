"""``/api/v1/reports/``: results (JSON pages or a streamed CSV) and the outcome figures of a
period. Thin: the rows and figures are ``epa.reports.selectors``; tenancy is theirs."""

from __future__ import annotations

import csv

from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import renderers
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from epa.api.openapi import declare_rule_errors
from epa.api.pagination import PageNumberPagination
from epa.api.permissions import IsOrganisationMember, request_actor
from epa.assessments.models import Assessment
from epa.reports import selectors
from epa.reports.api.serializers import (
    OutcomesQuerySerializer,
    OutcomesSerializer,
    ResultRowSerializer,
    ResultsQuerySerializer,
)

FORMAT = OpenApiParameter("format", str, enum=["json", "csv"],
                          description="`csv` streams every matching row as CSV.")


class CSVRenderer(renderers.BaseRenderer):
    """Declares ``?format=csv``; the views answer it with a streamed response themselves."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


class _Echo:
    def write(self, value):
        return value


def stream_csv(rows, columns: list[str], filename: str) -> StreamingHttpResponse:
    """The rows as CSV, written a row at a time as the client reads (a UTF-8 byte order mark
    first, so that spreadsheets read the names right)."""
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff" + writer.writerow(columns)
        for row in rows:
            yield writer.writerow([_cell(row.get(c)) for c in columns])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _cell(value):
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return "" if value is None else value


def _query(serializer_class, request):
    serializer = serializer_class(data={k: request.query_params.get(k)
                                        for k in request.query_params if k not in (
                                            "format", "page", "page_size")})
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def _filters(data: dict) -> selectors.Filters:
    return selectors.Filters(**{k: v for k, v in data.items() if k != "period"})


class _ReportView(APIView):
    permission_classes = [IsOrganisationMember]
    model = Assessment  # for the tenancy matrix: the rows are attempts
    aggregate = False
    renderer_classes = [renderers.JSONRenderer, renderers.BrowsableAPIRenderer, CSVRenderer]

    @property
    def actor(self):
        return request_actor(self.request)

    def wants_csv(self) -> bool:
        return self.request.query_params.get("format") == "csv"

    def finalize_response(self, request, response, *args, **kwargs):
        """An error is answered in the project's JSON error shape, ``?format=csv`` or not (the
        CSV renderer has no rows to write)."""
        if response.status_code >= 400 and isinstance(
                getattr(request, "accepted_renderer", None), CSVRenderer):
            request.accepted_renderer = renderers.JSONRenderer()
            request.accepted_media_type = request.accepted_renderer.media_type
        return super().finalize_response(request, response, *args, **kwargs)


class ResultsView(_ReportView):
    pagination_class = PageNumberPagination

    @extend_schema(
        tags=["reports"], summary="Results",
        description=(
            "One row per released (or directly recorded) result the caller may see: an "
            "EPAO's admins and quality assurers those of apprenticeships naming the EPAO, a "
            "provider and an employer those of their own apprentices. Filtered by the dates "
            "of the results, standard, version, option, grade, provider and employer; JSON "
            "pages ordered by outcome date, or `?format=csv`: every row, streamed from a "
            "server-side cursor (constant memory however many rows)."),
        parameters=[ResultsQuerySerializer, FORMAT],
        responses={200: ResultRowSerializer(many=True),
                   (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR,
                                                      description="The rows as CSV.")})
    def get(self, request):
        filters = _filters(_query(ResultsQuerySerializer, request))
        queryset = selectors.results(self.actor, filters)
        if self.wants_csv():
            return stream_csv(selectors.result_rows(queryset), selectors.COLUMNS,
                              "results.csv")
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(selectors.result_page(queryset), request, view=self)
        rows = selectors.shaped(list(page))
        return paginator.get_paginated_response(ResultRowSerializer(rows, many=True).data)


@declare_rule_errors({"period": ["required"]})  # neither a period nor both dates
class OutcomesView(_ReportView):
    aggregate = True  # figures, not rows: no ids to list
    @extend_schema(
        tags=["reports"], summary="Outcome figures of a period",
        description=(
            "Per standard, version and option, for a quarter (`period=2026-Q3`) or between "
            "`released_from` and `released_to`: EPAs completed, results per grade, pass rate, "
            "resits and retakes, withdrawals, appeals lodged and upheld, the median days from "
            "the gateway's decision to the result, and how many achievers progressed to which "
            "standard. The result counts are the results report's rows for the same filters, "
            "counted. JSON or `?format=csv`."),
        parameters=[OutcomesQuerySerializer, FORMAT],
        responses={200: OutcomesSerializer,
                   (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR,
                                                      description="The figures as CSV.")})
    def get(self, request):
        data = _query(OutcomesQuerySerializer, request)
        if "period" in data:
            data["released_from"], data["released_to"] = selectors.quarter(data["period"])
        if data["released_from"] > data["released_to"]:
            raise ValidationError({"released_to": [
                "The end of the period is before its start."]})
        figures = selectors.outcome_figures(self.actor, _filters(data))
        if self.wants_csv():
            return stream_csv(selectors.figure_rows(figures), selectors.FIGURE_COLUMNS,
                              f"outcomes-{data.get('period') or data['released_from']}.csv")
        return Response(OutcomesSerializer({"released_from": data["released_from"],
                                            "released_to": data["released_to"],
                                            "figures": figures}).data)
