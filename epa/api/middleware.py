import io
from collections.abc import Callable

from django.conf import settings
from django.core.handlers.wsgi import LimitedStream
from django.http import HttpRequest, HttpResponse

from epa.api.errors import error_response


def _chunked_without_length(request: HttpRequest) -> bool:
    coding = request.META.get("HTTP_TRANSFER_ENCODING", "").rsplit(",", 1)[-1]
    return (coding.strip().lower() == "chunked" and not request.META.get("CONTENT_LENGTH")
            and "wsgi.input" in getattr(request, "environ", {}))


def _too_large(detail: str) -> HttpResponse:
    return error_response(413, "request_too_large", detail)


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
            return error_response(400, "invalid_content_length",
                                  "The Content-Length header is not a number.")
        if limit is not None and length > limit:
            return _too_large(f"The request body is {length} bytes; the limit is {limit} bytes.")
        return self.get_response(request)
