"""Readiness checks: what must answer for this process to serve requests.

``settings.EPA_READINESS_CHECKS`` names them, ``{"name": "dotted.path"}``; a check is a function
of no argument that returns when its dependency answers and raises otherwise. ``/readyz``
(``epa.ops.views``) runs them all, in order, and answers 503 naming each that failed. A check
must be quick: a load balancer calls it every few seconds (the cache's socket timeout is one
second; the database's connection timeout is ``DATABASE_CONNECT_TIMEOUT``).
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import cache as default_cache
from django.db import connection
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

OK, FAILED = "ok", "failed"


def database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def cache() -> None:
    default_cache.set("epa:readyz", "1", timeout=10)


def run_checks() -> dict[str, str]:
    """Each check's name and ``ok`` or ``failed``; a failure's reason goes to the log only
    (the answer is public)."""
    results: dict[str, str] = {}
    for name, path in settings.EPA_READINESS_CHECKS.items():
        try:
            import_string(path)()
        except Exception:
            logger.warning("Readiness check %s failed", name, exc_info=True)
            results[name] = FAILED
        else:
            results[name] = OK
    return results
