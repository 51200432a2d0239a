"""``Idempotency-Key`` for writes that clients retry (IETF draft "The Idempotency-Key HTTP
Header Field"): the same key and body answer the first response again and write nothing; the
same key with another body is 422; a retry while the first is still running is 409. Keys are
kept for ``settings.IDEMPOTENCY_KEY_TTL`` and are scoped to the caller's organisation (or, for a
person without one, to the person)."""

from __future__ import annotations

import functools
import hashlib
import json
import re

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions, status
from rest_framework.response import Response

from epa.api.models import IdempotencyRecord
from epa.api.permissions import request_actor

HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"

KEY_PATTERN = re.compile(r"[!-~]{1,255}")  # visible ASCII, no spaces

IDEMPOTENCY_KEY_PARAMETER = OpenApiParameter(
    HEADER, str, OpenApiParameter.HEADER, required=False, pattern=rf"^{KEY_PATTERN.pattern}$",
    description="Any unique string up to 255 characters (a UUID is a good choice). A retry "
    "with the same key and body gets the first answer again and writes nothing; the same key "
    "with another body is a 422; a retry while the first is still running is a 409. Keys "
    "expire after 24 hours.",
)


class IdempotencyKeyReused(exceptions.APIException):
    status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
    default_detail = "This Idempotency-Key was used with a different request body."
    default_code = "idempotency_key_reused"


class IdempotencyKeyInProgress(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "A request with this Idempotency-Key is still being processed; retry later."
    default_code = "idempotency_key_in_progress"


def _scope(request) -> str:
    actor = request_actor(request)
    organisations = sorted(actor.organisation_ids())
    if actor.api_key_id is not None or len(organisations) == 1:
        return f"org:{organisations[0]}"
    return f"user:{actor.user_id}"


def _fingerprint(request) -> str:
    body = json.dumps(request.data, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(f"{request.method} {request.path}\n{body}".encode()).hexdigest()


def idempotent(handler):
    """Decorate a view handler (``post``, or a viewset action) to honour ``Idempotency-Key``."""

    @functools.wraps(handler)
    def wrapper(view, request, *args, **kwargs):
        key = request.headers.get(HEADER)
        if key is None:
            return handler(view, request, *args, **kwargs)
        if not KEY_PATTERN.fullmatch(key):
            raise exceptions.ValidationError({HEADER: [exceptions.ErrorDetail(
                "Give 1 to 255 visible ASCII characters (a UUID, say).", code="invalid")]})
        scope, fingerprint, now = _scope(request), _fingerprint(request), timezone.now()
        IdempotencyRecord.objects.filter(scope=scope, key=key, expires_at__lte=now).delete()
        try:
            with transaction.atomic():
                record = IdempotencyRecord.objects.create(
                    scope=scope, key=key, method=request.method, path=request.path[:500],
                    request_hash=fingerprint, expires_at=now + settings.IDEMPOTENCY_KEY_TTL,
                )
        except IntegrityError:
            record = IdempotencyRecord.objects.get(scope=scope, key=key)
            if record.request_hash != fingerprint:
                raise IdempotencyKeyReused() from None
            if record.status == IdempotencyRecord.Status.IN_PROGRESS:
                raise IdempotencyKeyInProgress() from None
            return Response(record.response_body, status=record.response_status,
                            headers={REPLAYED_HEADER: "true"})
        try:
            response = handler(view, request, *args, **kwargs)
        except BaseException:
            record.delete()  # nothing was done: the client may retry with the same key
            raise
        if response.status_code >= 500:
            record.delete()
            return response
        record.status = IdempotencyRecord.Status.COMPLETED
        record.response_status = response.status_code
        record.response_body = json.loads(json.dumps(response.data, default=str))
        record.save(update_fields=["status", "response_status", "response_body"])
        return response

    return wrapper
