from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from epa.api.errors import error_response


class RequestBodySizeLimitMiddleware:
    """Refuse a request whose declared body exceeds ``DATA_UPLOAD_MAX_MEMORY_SIZE`` with 413.

    Checked before anything reads the body, for every endpoint, in the project's error shape.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return error_response(400, "invalid_content_length",
                                  "The Content-Length header is not a number.")
        if limit is not None and length > limit:
            return error_response(
                413, "request_too_large",
                f"The request body is {length} bytes; the limit is {limit} bytes.",
            )
        return self.get_response(request)


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
