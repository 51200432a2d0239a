"""``Idempotency-Key`` for writes that clients retry (IETF draft "The Idempotency-Key HTTP
Header Field"): the same key and body answer the first response again and write nothing; the
same key with another body is 422. Keys are kept for ``settings.IDEMPOTENCY_KEY_TTL`` and are
scoped to the caller's organisation (or, for a person without one, to the person).

The key is claimed in the same transaction as the work: its record is inserted first, and is
committed with the work and its answer, or rolled back with it. So a request that fails, in any
way (an error, a lost database connection, a killed worker), leaves no record and its retry
runs. A request with the same key arriving meanwhile waits on the record's unique index until
the first commits (then it gets the first answer) or rolls back (then it runs); it waits at
most ``settings.IDEMPOTENCY_KEY_WAIT``, then is a 409.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import re
import zlib

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.db.models import Q, Subquery
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions, status
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.utils.encoders import JSONEncoder

from epa.api.filters import INVALID
from epa.api.models import IdempotencyRecord
from epa.api.permissions import request_actor
from epa.core.codes import define

HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"

KEY_PATTERN = re.compile(r"[!-~]{1,255}")  # visible ASCII, no spaces
# Expired records deleted by each claim (besides the claimed key's own), oldest first.
PURGE_BATCH = 100
LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's SQLSTATE when lock_timeout runs out

IDEMPOTENCY_KEY_PARAMETER = OpenApiParameter(
    HEADER, str, OpenApiParameter.HEADER, required=False, pattern=rf"^{KEY_PATTERN.pattern}$",
    description="Any unique string up to 255 characters (a UUID is a good choice). A retry "
    "with the same key and body gets the first answer again and writes nothing; the same key "
    "with another body is a 422. A retry while the first is still running waits for it, then "
    "gets its answer (or runs, if the first failed); one still waiting after 10 seconds is a "
    "409. A request that failed leaves its key free. Keys expire after 24 hours.",
)


class IdempotencyKeyReused(exceptions.APIException):
    status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
    default_detail = "This Idempotency-Key was used with a different request body."
    default_code = define("http", 422, "idempotency_key_reused")


class IdempotencyKeyInProgress(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "A request with this Idempotency-Key is still being processed; retry later."
    default_code = define("http", 409, "idempotency_key_in_progress")


def _scope(request) -> str:
    actor = request_actor(request)
    organisations = sorted(actor.organisation_ids())
    if actor.api_key_id is not None or len(organisations) == 1:
        return f"org:{organisations[0]}"
    return f"user:{actor.user_id}"


def _fingerprint(request) -> str:
    body = json.dumps(request.data, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(f"{request.method} {request.path}\n{body}".encode()).hexdigest()


def compress_body(data) -> bytes:
    """An answer's data as stored: compact JSON (as the API renders it), zlib-compressed."""
    text = json.dumps(data, cls=JSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode())


def _stored_body(view, request, response: Response) -> bytes:
    """The answer as stored: the JSON bytes the client gets, rendered here once (the view's
    dispatch then sends them as they are), not encoded a second time to store them. An answer
    rendered otherwise (the browsable API's HTML) stores its data's JSON."""
    response = view.finalize_response(request, response)
    if not isinstance(response.accepted_renderer, JSONRenderer):
        return compress_body(response.data)
    return zlib.compress(response.render().content)


def decompress_body(stored: bytes | memoryview):
    return json.loads(zlib.decompress(bytes(stored)))


def _expired(now, limit: int | None):
    """The ids of expired records (at most ``limit``, oldest first), skipping those another
    transaction has locked, so that deleting them never waits."""
    expired = IdempotencyRecord.objects.filter(expires_at__lte=now)
    if connection.features.has_select_for_update_skip_locked:
        expired = expired.select_for_update(skip_locked=True)
    expired = expired.order_by("expires_at").values("pk")
    return Subquery(expired[:limit] if limit is not None else expired)


def purge_expired(*, now=None, limit: int | None = None) -> int:
    """Delete expired records (at most ``limit``, oldest first); returns how many. Records
    another transaction has locked are skipped, so a purge never waits."""
    with transaction.atomic(savepoint=False):
        deleted, _ = IdempotencyRecord.objects.filter(
            pk__in=_expired(now or timezone.now(), limit)).delete()
    return deleted


@contextlib.contextmanager
def _waiting_at_most(seconds: float):
    """On PostgreSQL, a statement inside waits at most ``seconds`` for a lock (then raises
    ``OperationalError``); the transaction's setting is restored after."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('lock_timeout', %s, true)", [f"{int(seconds * 1000)}ms"])
    yield
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL lock_timeout TO DEFAULT")


def _claim(request, key: str) -> IdempotencyRecord | Response:
    """The new record for ``key`` (inserted, not yet committed), or the first answer when the
    key was used before. Call it inside the transaction of the work.

    Three statements (and PostgreSQL's lock timeout set and reset around them): one deletes
    this key's record if it has expired, with up to ``PURGE_BATCH`` other expired ones; one
    inserts the new record unless the key has one (``ON CONFLICT DO NOTHING``: no error, so no
    savepoint); only when it has, one reads it."""
    scope, fingerprint, now = _scope(request), _fingerprint(request), timezone.now()
    wait = settings.IDEMPOTENCY_KEY_WAIT.total_seconds()
    record = IdempotencyRecord(
        scope=scope, key=key, method=request.method, path=request.path[:500],
        request_hash=fingerprint, status=IdempotencyRecord.Status.IN_PROGRESS, created_at=now,
        expires_at=now + settings.IDEMPOTENCY_KEY_TTL)
    try:
        # Both wait while another transaction holds this key, until it commits or rolls back.
        with _waiting_at_most(wait):
            IdempotencyRecord.objects.filter(
                Q(pk__in=_expired(now, PURGE_BATCH))
                | Q(scope=scope, key=key, expires_at__lte=now)).delete()
            record.pk = _insert_unless_claimed(record)
    except OperationalError as exc:
        if getattr(exc.__cause__, "pgcode", None) == LOCK_NOT_AVAILABLE:
            raise IdempotencyKeyInProgress() from None
        raise
    if record.pk is not None:
        return record
    record = IdempotencyRecord.objects.filter(scope=scope, key=key).first()
    if record is None or record.status == IdempotencyRecord.Status.IN_PROGRESS:
        raise IdempotencyKeyInProgress()  # gone again, or left by an old version: retry
    if record.request_hash != fingerprint:
        raise IdempotencyKeyReused()
    return Response(decompress_body(record.response_body), status=record.response_status,
                    headers={REPLAYED_HEADER: "true"})


_INSERT_FIELDS = ("scope", "key", "method", "path", "request_hash", "status", "created_at",
                  "expires_at")


def _insert_unless_claimed(record: IdempotencyRecord) -> int | None:
    """``INSERT ... ON CONFLICT (scope, key) DO NOTHING RETURNING id`` of ``record`` (PostgreSQL
    and SQLite alike): its new id, or None when the key has a record."""
    quote = connection.ops.quote_name
    fields = [IdempotencyRecord._meta.get_field(name) for name in _INSERT_FIELDS]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(IdempotencyRecord._meta.db_table)} "
            f"({', '.join(quote(f.column) for f in fields)}) "
            f"VALUES ({', '.join(['%s'] * len(fields))}) "
            f"ON CONFLICT ({quote('scope')}, {quote('key')}) DO NOTHING RETURNING id",
            [f.get_db_prep_save(getattr(record, f.attname), connection) for f in fields])
        row = cursor.fetchone()
    return row[0] if row else None


def idempotent(handler):
    """Decorate a view handler (``post``, or a viewset action) to honour ``Idempotency-Key``.

    The handler runs in one transaction with the key's claim: an exception or a 5xx answer
    rolls back both its work and the claim.
    """

    @functools.wraps(handler)
    def wrapper(view, request, *args, **kwargs):
        key = request.headers.get(HEADER)
        if key is not None and not KEY_PATTERN.fullmatch(key):
            raise exceptions.ValidationError({HEADER: [exceptions.ErrorDetail(
                "Give 1 to 255 visible ASCII characters (a UUID, say).", code=INVALID)]})
        with transaction.atomic():
            record = _claim(request, key) if key is not None else None
            if isinstance(record, Response):
                return record
            response = handler(view, request, *args, **kwargs)
            if response.status_code >= 500:
                transaction.set_rollback(True)
                return response
            if record is not None:
                record.status = IdempotencyRecord.Status.COMPLETED
                record.response_status = response.status_code
                record.response_body = _stored_body(view, request, response)
                record.save(update_fields=["status", "response_status", "response_body"])
        return response

    return wrapper
