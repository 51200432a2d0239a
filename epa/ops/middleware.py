"""The request id, and each request's log line and metrics.

``ObservabilityMiddleware`` is the first middleware, so that it sees every response, including
those other middleware answer (413, 503, a redirect) and the error handlers':

- The request id is the client's ``X-Request-ID`` when it is 1 to 128 characters of
  ``A-Z a-z 0-9 . _ : + / = -`` (a UUID, a proxy's trace id), otherwise a new UUID (hex). It is
  in ``request.request_id``, in ``epa.core.context`` while the request runs (so every log line
  and error body carries it), and in the response's ``X-Request-ID`` header.
- One ``epa.request`` log line (``epa.ops.logs``) and the request metrics
  (``epa.ops.metrics``), labelled with the URL pattern matched, never the raw path.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject, empty

from epa.core import context
from epa.ops import logs, metrics

REQUEST_ID_HEADER = "X-Request-ID"
REQUEST_ID_PATTERN = re.compile(r"[A-Za-z0-9._:+/=-]{1,128}")
STATIC_ROUTE = "<static>"
_ANCHORS = re.compile(r"(^|/)\^|\$$")


def request_id_for(request: HttpRequest) -> str:
    given = request.headers.get(REQUEST_ID_HEADER, "")
    return given if REQUEST_ID_PATTERN.fullmatch(given) else uuid.uuid4().hex


def route_of(request: HttpRequest) -> str:
    """The URL pattern the request matched (``api/v1/standards/<str:reference>/``)."""
    match = getattr(request, "resolver_match", None)
    if match is not None:
        # A regular expression's anchors (re_path, DRF's routers) are no part of the route.
        return _ANCHORS.sub(r"\1", match.route) or "/"
    if request.path.startswith("/" + settings.STATIC_URL.lstrip("/")):
        return STATIC_ROUTE
    return metrics.UNMATCHED_ROUTE


def _caller(request: HttpRequest) -> tuple[int | None, int | None]:
    """(organisation id of the API key, user id of the person), from whatever authentication
    already ran: a session not yet read is not read now."""
    user = request.__dict__.get("user")
    if isinstance(user, SimpleLazyObject):
        user = None if user._wrapped is empty else user._wrapped
    if user is None or not getattr(user, "is_authenticated", False):
        return None, None
    key = getattr(user, "key", None)
    if key is not None:
        return getattr(key, "organisation_id", None), None
    return None, getattr(user, "pk", None)


class ObservabilityMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = request_id_for(request)
        request.request_id = request_id
        token = context.request_id.set(request_id)
        queries = 0

        def count(execute, sql, params, many, ctx):
            nonlocal queries
            queries += 1
            return execute(sql, params, many, ctx)

        start = time.perf_counter()
        try:
            with connection.execute_wrapper(count):
                response = self.get_response(request)
            duration = time.perf_counter() - start
            response[REQUEST_ID_HEADER] = request_id
            self._record(request, response, duration, queries)
            return response
        finally:
            context.request_id.reset(token)

    @staticmethod
    def _record(request: HttpRequest, response: HttpResponse, duration: float,
                queries: int) -> None:
        route, method = route_of(request), metrics.method_label(request.method)
        status = str(response.status_code)
        metrics.HTTP_REQUESTS.labels(method=method, route=route, status=status).inc()
        metrics.HTTP_REQUEST_DURATION.labels(
            method=method, route=route, status=status).observe(duration)
        if queries:
            metrics.DB_QUERIES.labels(route=route).inc(queries)
        organisation_id, user_id = _caller(request)
        logs.log_request({
            "method": request.method, "route": route, "status": response.status_code,
            "duration_ms": round(duration * 1000, 1), "organisation_id": organisation_id,
            "user_id": user_id, "db_queries": queries,
        })
