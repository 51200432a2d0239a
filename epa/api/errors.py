"""One JSON error shape for every error response.

The shape is drf-standardized-errors' (documented in the README and the OpenAPI schema)::

    {"type": "validation_error" | "client_error" | "server_error",
     "errors": [{"code": "<stable code>", "detail": "<message>", "attr": "<field> | null"}],
     "request_id": "<the request's id, as in its X-Request-ID header>"}

``request_id`` is added to that shape (``epa.core.context``, set by ``epa.ops.middleware``), so
that a client reporting an error can name the request and its log line.

DRF views get it from the exception handler; Django-level errors (unknown URL, CSRF failure,
oversize body, unhandled exception outside DRF) get it from the handlers below.

The database going away (``OperationalError``, ``InterfaceError``: refused, dropped or timed-out
connections) is a 503 ``database_unavailable`` with ``Retry-After``, not a 500: the client may
retry, and the next request opens a new connection (Django closes a broken one between
requests).
"""

from __future__ import annotations

import sys

from django.core.exceptions import RequestDataTooBig
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, JsonResponse
from drf_standardized_errors.handler import ExceptionHandler as BaseExceptionHandler
from rest_framework import exceptions, status

from epa.core import context
from epa.core.codes import define, define_many
from epa.core.errors import (
    Forbidden,
    RuleViolation,
    StaleVersion,
    StateConflict,
    VersionRequired,
)

# The codes DRF and drf-standardized-errors give (its exceptions' default codes), and this
# module's handlers'.
HTTP = "http"
define_many(HTTP, 401, ["authentication_failed", "not_authenticated"])
define_many(HTTP, 403, ["permission_denied", "csrf_failed"])
define_many(HTTP, 404, ["not_found"])
define_many(HTTP, 405, ["method_not_allowed"])
define_many(HTTP, 406, ["not_acceptable"])
define_many(HTTP, 415, ["unsupported_media_type"])
define_many(HTTP, 429, ["throttled"])
define_many(HTTP, 500, ["error"])
define(HTTP, 400, "bad_request")

DATABASE_UNAVAILABLE_ERRORS = (OperationalError, InterfaceError)
# Seconds a client is asked to wait before retrying when the database is unavailable.
DATABASE_RETRY_AFTER = 5


class DatabaseUnavailable(exceptions.APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_detail = "The database is unavailable. Try again shortly."
    default_code = define(HTTP, 503, "database_unavailable")
    wait = DATABASE_RETRY_AFTER  # drf-standardized-errors sends it as Retry-After


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = define(HTTP, 413, "request_too_large")


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The request conflicts with the resource's current state."
    default_code = define(HTTP, 409, "conflict")


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The resource has changed since you read it."
    default_code = StaleVersion.code


class PreconditionRequired(exceptions.APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = "Send If-Match with the ETag you read."
    default_code = VersionRequired.code


def rule_violation_error(exc: RuleViolation) -> exceptions.ValidationError:
    """A 400 naming each field of the violation, with its code."""
    detail: dict[str, list] = {}
    for error in exc.errors:
        detail.setdefault(error.field, []).append(
            exceptions.ErrorDetail(error.message, code=error.code))
    return exceptions.ValidationError(detail)


class ExceptionHandler(BaseExceptionHandler):
    """The services' domain exceptions become API errors here, so views need not catch them."""

    def convert_known_exceptions(self, exc: Exception) -> Exception:
        if isinstance(exc, RequestDataTooBig):
            return PayloadTooLarge()
        if isinstance(exc, DATABASE_UNAVAILABLE_ERRORS):
            return DatabaseUnavailable()
        if isinstance(exc, RuleViolation):
            return rule_violation_error(exc)
        if isinstance(exc, StateConflict):
            return Conflict(exc.message, code=exc.code)
        if isinstance(exc, Forbidden):
            return exceptions.PermissionDenied(exc.message, code=exc.code)
        if isinstance(exc, VersionRequired):
            return PreconditionRequired(exc.message, code=exc.code)
        if isinstance(exc, StaleVersion):
            return PreconditionFailed(exc.message, code=exc.code)
        return super().convert_known_exceptions(exc)

    def format_exception(self, exc: exceptions.APIException) -> dict:
        return with_request_id(super().format_exception(exc))


def with_request_id(body: dict) -> dict:
    """The error body with the current request's id (none outside a request)."""
    request_id = context.current_request_id()
    return {**body, "request_id": request_id} if request_id else body


def error_body(error_type: str, code: str, detail: str, attr: str | None = None) -> dict:
    return with_request_id(
        {"type": error_type, "errors": [{"code": code, "detail": detail, "attr": attr}]})


def error_response(status_code: int, code: str, detail: str, attr: str | None = None,
                   headers: dict | None = None) -> JsonResponse:
    error_type = "server_error" if status_code >= 500 else "client_error"
    return JsonResponse(error_body(error_type, code, detail, attr), status=status_code,
                        headers=headers)


# Django's handler400/403/404/500 for requests that never reach a DRF view.

def bad_request(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    return error_response(400, "bad_request", "Bad request.")


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    return error_response(403, "permission_denied",
                          "You do not have permission to perform this action.")


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    return error_response(404, "not_found", "Not found.")


def server_error(request: HttpRequest) -> JsonResponse:
    # Django calls this while handling the exception: one from a middleware, say.
    if isinstance(sys.exception(), DATABASE_UNAVAILABLE_ERRORS):
        return database_unavailable_response()
    return error_response(500, "error", "Server Error (500)")


def database_unavailable_response() -> JsonResponse:
    return error_response(503, DatabaseUnavailable.default_code,
                          str(DatabaseUnavailable.default_detail),
                          headers={"Retry-After": str(DATABASE_RETRY_AFTER)})


def csrf_failure(request: HttpRequest, reason: str = "") -> JsonResponse:
    return error_response(403, "csrf_failed", f"CSRF verification failed: {reason}".strip())
