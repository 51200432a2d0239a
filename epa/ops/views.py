"""``/livez``, ``/readyz``, ``/metrics``, and the link pages at ``/`` and ``/api/v1/``."""

from __future__ import annotations

import hmac

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from epa.api.errors import error_response
from epa.ops import health, metrics

READINESS_STATUS_CHOICES = [("ok", "ok"), ("unavailable", "unavailable")]
CHECK_STATUS_CHOICES = [(health.OK, health.OK), (health.FAILED, health.FAILED)]


class _Public(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_classes: list = []


_liveness = inline_serializer("Liveness", fields={
    "status": serializers.ChoiceField(choices=[("ok", "ok")],
                                      help_text="Always `ok`: the process answers."),
})

_readiness = inline_serializer("Readiness", fields={
    "status": serializers.ChoiceField(
        choices=READINESS_STATUS_CHOICES,
        help_text="`ok` when every check passed, `unavailable` otherwise."),
    "checks": serializers.DictField(
        child=serializers.ChoiceField(choices=CHECK_STATUS_CHOICES),
        help_text="Each check (`database`, `cache`, and any a deployment adds) and its result."),
    "failed": serializers.ListField(child=serializers.CharField(),
                                    help_text="The checks that failed; empty when ready."),
})


class LivenessView(_Public):
    """The process is up and answering; it touches nothing else (no database, no cache)."""

    @extend_schema(
        operation_id="livez", summary="Liveness", tags=["health"],
        description="200 while the process answers. Touches no database or cache: restart the "
                    "process when this fails, not when a dependency does (see `/readyz`).",
        responses={200: _liveness},
    )
    def get(self, request):
        return Response({"status": "ok"})


class ReadinessView(_Public):
    """Whether this process can serve: its dependencies answer."""

    @extend_schema(
        operation_id="readyz", summary="Readiness", tags=["health"],
        description="200 when every readiness check passes (the database and the cache "
                    "answer, and any check the deployment adds, such as the task queue); 503 "
                    "naming the checks that failed otherwise. A load balancer sends traffic "
                    "only to a ready process.",
        responses={
            200: _readiness,
            503: OpenApiResponse(_readiness, description="A check failed", examples=[
                OpenApiExample("cache down", value={
                    "status": "unavailable", "checks": {"database": "ok", "cache": "failed"},
                    "failed": ["cache"]}),
            ]),
        },
    )
    def get(self, request):
        checks = health.run_checks()
        failed = [name for name, result in checks.items() if result != health.OK]
        body = {"status": "unavailable" if failed else "ok", "checks": checks, "failed": failed}
        return Response(body, status=503 if failed else 200)


_links = inline_serializer("Links", fields={
    "name": serializers.CharField(help_text="The service."),
    "version": serializers.CharField(help_text="The API's version."),
    "docs": serializers.DictField(child=serializers.URLField(),
                                  help_text="Swagger UI, ReDoc and the OpenAPI schema."),
    "collections": serializers.DictField(child=serializers.URLField(),
                                         help_text="The API's collections, by name."),
    "health": serializers.DictField(child=serializers.URLField(),
                                    help_text="Liveness and readiness."),
})

# Each collection under /api/v1/ and its route name.
COLLECTIONS = {
    "standards": "standard-list",
    "assessment-plans": "assessment-plan-list",
    "organisations": "organisation-list",
    "apprenticeships": "apprenticeship-list",
    "apprenticeship-changes": "apprenticeship-changes",
    "learners": "learner-list",
    "assessments": "assessment-list",
    "assessor-conflicts": "assessor-conflict-list",
}


def links(request) -> dict:
    def url(name: str) -> str:
        return request.build_absolute_uri(reverse(name))

    return {
        "name": settings.SPECTACULAR_SETTINGS["TITLE"],
        "version": settings.SPECTACULAR_SETTINGS["VERSION"],
        "docs": {"swagger_ui": url("swagger-ui"), "redoc": url("redoc"), "schema": url("schema")},
        "collections": {name: url(route) for name, route in COLLECTIONS.items()},
        "health": {"livez": url("livez"), "readyz": url("readyz")},
    }


class IndexView(_Public):
    """Where to start: the docs and the collections (``/``)."""

    @extend_schema(
        operation_id="index", summary="Links to the docs and the collections", tags=["index"],
        description="The service's entry point: links to the API docs, the schema, every "
                    "collection and the health checks. Public. `/api/v1/` answers the same.",
        responses={200: _links},
    )
    def get(self, request):
        return Response(links(request))


class ApiIndexView(IndexView):
    """The same links at the API's base path (``/api/v1/``)."""

    @extend_schema(
        operation_id="api_index", summary="Links to the docs and the collections",
        tags=["index"],
        description="The API's base path: links to the API docs, the schema, every collection "
                    "and the health checks, as at `/`. Public.",
        responses={200: _links},
    )
    def get(self, request):
        return Response(links(request))


def metrics_view(request: HttpRequest) -> HttpResponse:
    """Prometheus metrics (text format). Answers 404 unless ``METRICS_TOKEN`` is set, and then
    only to ``Authorization: Bearer <METRICS_TOKEN>``."""
    token = settings.METRICS_TOKEN
    if not token:
        return error_response(404, "not_found", "Not found.")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme != "Bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        return error_response(401, "not_authenticated",
                              "Send Authorization: Bearer <METRICS_TOKEN>.",
                              headers={"WWW-Authenticate": 'Bearer realm="metrics"'})
    body, content_type = metrics.exposition()
    return HttpResponse(body, content_type=content_type)
