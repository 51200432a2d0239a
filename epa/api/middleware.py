import io
import logging
from collections.abc import Callable

from django.conf import settings
from django.core.handlers.wsgi import LimitedStream
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

from epa.api.errors import (
    DATABASE_UNAVAILABLE_ERRORS,
    PayloadTooLarge,
    database_unavailable_response,
    error_response,
)
from epa.core.codes import define

INVALID_CONTENT_LENGTH = define("http", 400, "invalid_content_length")

logger = logging.getLogger(__name__)


class NoStoreWithCredentialsMiddleware:
    """A response to a request that carries credentials (an ``Authorization`` header or a
    session cookie) is ``Cache-Control: no-store``: no browser or proxy keeps a copy of what
    one caller may see. The public catalogue, read anonymously, stays cacheable."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if ("HTTP_AUTHORIZATION" in request.META
                or settings.SESSION_COOKIE_NAME in request.COOKIES):
            patch_cache_control(response, no_store=True)
        return response


def _chunked_without_length(request: HttpRequest) -> bool:
    coding = request.META.get("HTTP_TRANSFER_ENCODING", "").rsplit(",", 1)[-1]
    return (coding.strip().lower() == "chunked" and not request.META.get("CONTENT_LENGTH")
            and "wsgi.input" in getattr(request, "environ", {}))


def _too_large(detail: str) -> HttpResponse:
    return error_response(413, PayloadTooLarge.default_code, detail)


class RequestBodySizeLimitMiddleware:
    """Refuse a request whose body exceeds ``DATA_UPLOAD_MAX_MEMORY_SIZE`` with 413.

    Checked before anything reads the body, for every endpoint, in the project's error shape.

    A body sent with ``Transfer-Encoding: chunked`` has no Content-Length, and Django reads a
    WSGI body only up to the Content-Length (so it would read none). Such a body is read here,
    up to the limit (the server, e.g. gunicorn, has removed the chunk framing), and given to
    the request with its length. Django's ``runserver`` cannot pass one on: it cuts the input
    at the Content-Length before Django sees it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if _chunked_without_length(request):
            body = request.environ["wsgi.input"].read(-1 if limit is None else limit + 1)
            if limit is not None and len(body) > limit:
                return _too_large(f"The request body is over the limit of {limit} bytes.")
            request._stream = LimitedStream(io.BytesIO(body), len(body))
            request.META["CONTENT_LENGTH"] = str(len(body))
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return error_response(400, INVALID_CONTENT_LENGTH,
                                  "The Content-Length header is not a number.")
        if limit is not None and length > limit:
            return _too_large(f"The request body is {length} bytes; the limit is {limit} bytes.")
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """A view outside DRF (the admin, say) whose database went away answers 503
    ``database_unavailable`` with ``Retry-After`` in the error shape, as DRF views do, in
    DEBUG too. (DRF views get it from the exception handler.)"""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, DATABASE_UNAVAILABLE_ERRORS):
            return None
        logger.error("Database unavailable: %s %s", request.method, request.path,
                     exc_info=exception)
        return database_unavailable_response()


class NulInPathMiddleware:
    """Answer 404 for a path with a NUL character (``/methods/%00/booking/``).

    No resource has one in its name, and text parameters of the path go to database queries,
    where PostgreSQL refuses a NUL (a 500). Refused here once, before any view or URL converter.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path_info:
            return error_response(404, "not_found", "Not found.")
        return self.get_response(request)
