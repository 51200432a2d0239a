"""Structured logs: every record is one JSON object on one line.

``JsonFormatter`` (configured in ``settings.LOGGING``) writes ``time``, ``level``, ``logger``,
``message``, the current ``request_id`` (``epa.core.context``), the fields given as
``extra={"fields": {...}}``, and ``exc`` with the traceback of an exception.

Two kinds of line are the service's own:

- ``epa.request``: one per HTTP request (``epa.ops.middleware``): ``method``, ``route`` (the URL
  pattern, never the path with its identifiers), ``status``, ``duration_ms``,
  ``organisation_id`` (the API key's organisation; ``null`` for a person or anonymous),
  ``user_id``, ``db_queries``.
- ``epa.job``: one per job a worker runs, written by ``log_job`` (which also counts it in the
  metrics): ``job``, ``outcome``, ``duration_ms`` and any fields given.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import time
import uuid
from collections.abc import Iterator
from typing import Any

from epa.core import context
from epa.ops import metrics

request_logger = logging.getLogger("epa.request")
job_logger = logging.getLogger("epa.job")


class JsonFormatter(logging.Formatter):
    """One JSON object per line; values that are not JSON are written with ``str``."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None) or context.current_request_id()
        if request_id:
            entry["request_id"] = request_id
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update(fields)
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exc"] = record.exc_text
        return json.dumps(entry, default=str, ensure_ascii=False)


def log_request(fields: dict[str, Any]) -> None:
    level = logging.ERROR if fields["status"] >= 500 else logging.INFO
    request_logger.log(level, "%s %s %s", fields["method"], fields["route"], fields["status"],
                       extra={"fields": fields, "request_id": context.current_request_id()})


def log_job(job: str, outcome: str, duration: float, **fields: Any) -> None:
    """One line for a job a worker ran, and its count and duration in the metrics.

    ``job``: its name (``webhook.deliver``); ``outcome``: a small fixed set
    (``success``, ``retry``, ``failed``...); ``duration``: seconds. Other fields (ids, the
    attempt, the response code) go in the line only, never in a metric label.
    """
    metrics.JOBS.labels(job=job, outcome=outcome).inc()
    metrics.JOB_DURATION.labels(job=job).observe(duration)
    level = logging.WARNING if outcome in {"failed", "error"} else logging.INFO
    job_logger.log(level, "%s %s", job, outcome, extra={
        "request_id": context.current_request_id(),
        "fields": {"job": job, "outcome": outcome, "duration_ms": round(duration * 1000, 1),
                   **fields}})


@contextlib.contextmanager
def job_context(request_id: str | None = None) -> Iterator[str]:
    """Run a job under an id (the request's that enqueued it, or a new one), so that its log
    lines and anything it logs carry it: ``with job_context(event.request_id): ...``."""
    rid = request_id or uuid.uuid4().hex
    token = context.request_id.set(rid)
    try:
        yield rid
    finally:
        context.request_id.reset(token)


class Timer:
    """``with Timer() as t: ...; t.seconds``"""

    seconds: float = 0.0

    def __enter__(self) -> Timer:
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._start
