"""What the code running now is doing for: the id of the current request (or job).

Set by the HTTP layer's observability middleware (``epa.ops.middleware``) for each request and
by ``epa.ops.logs.job_context`` for each job; read by the error bodies (``epa.api.errors``) and
the JSON log lines (``epa.ops.logs``). A context variable, so threads and tasks each have their
own.
"""

from __future__ import annotations

from contextvars import ContextVar

request_id: ContextVar[str | None] = ContextVar("epa_request_id", default=None)


def current_request_id() -> str | None:
    return request_id.get()
