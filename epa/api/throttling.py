"""Rate limits for write-heavy endpoints, per organisation (or person), from settings.

The count is an atomic counter in the cache (``cache.add`` then ``cache.incr``: one Redis
command each), not DRF's stock history that is read, appended to and written back: with several
server processes on one Redis that lost updates and let a burst of 300 put 128-135 requests
through a limit of 120. Each request adds itself first and takes itself back off when refused,
so concurrent requests can never all see room that only one of them has.

The window slides (Cloudflare's sliding-window counter): the count of this fixed window plus the
previous window's, weighted by how much of it still overlaps the last ``period`` seconds. A
client cannot send a full limit at the end of one window and another at the start of the next.
"""

from __future__ import annotations

import contextlib
import logging
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from redis.exceptions import RedisError
from rest_framework.throttling import BaseThrottle

from epa.api.permissions import request_actor

logger = logging.getLogger(__name__)


_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """``"120/min"`` (or ``/s``, ``/hour``, ``/day``: the first letter counts) as (120, 60)."""
    count, _, period = rate.partition("/")
    return int(count), _PERIODS[period.strip()[0].lower()]


@dataclass(frozen=True)
class Decision:
    allowed: bool
    wait: int | None  # seconds until a request may pass again, when refused


def _increment(backend, key: str, timeout: int) -> int:
    """Add one to ``key`` atomically, creating it with ``timeout``; the new count."""
    for _ in range(3):
        if backend.add(key, 1, timeout):
            return 1
        try:
            return backend.incr(key)
        except ValueError:  # it expired between add and incr: add it again
            continue
    raise RuntimeError(f"Could not count in the cache under {key!r}.")


def sliding_window_hit(backend, key: str, limit: int, period: int,
                       now: float | None = None) -> Decision:
    """Count one request under ``key``: allowed while at most ``limit`` requests fall in the
    last ``period`` seconds (as the sliding-window counter estimates them)."""
    now = time.time() if now is None else now
    window = int(now // period)
    elapsed = (now - window * period) / period  # fraction of this window gone, 0 <= x < 1
    current_key = f"{key}:{window}"
    # Kept for two periods: it is the previous window for the whole of the next one.
    count = _increment(backend, current_key, timeout=2 * period + 1)
    previous = backend.get(f"{key}:{window - 1}") or 0
    if previous * (1 - elapsed) + count <= limit:
        return Decision(True, None)
    with contextlib.suppress(ValueError):  # gone with its window: nothing to take back
        backend.decr(current_key)  # a refused request does not count
    count -= 1
    return Decision(False, _wait(count, previous, elapsed, limit, period))


def _wait(count: int, previous: int, elapsed: float, limit: int, period: int) -> int:
    """Seconds until one more request fits: later in this window as the previous window's
    weight falls, or in the next, where this window's ``count`` is the previous one."""
    if count + 1 <= limit and previous:
        at = 1 - (limit - count - 1) / previous  # fraction of this window
        if at < 1:
            return _seconds((at - elapsed) * period)
    at_next = max(0.0, 1 - (limit - 1) / count) if count else 0.0
    return _seconds((1 - elapsed + at_next) * period)


def _seconds(seconds: float) -> int:
    return max(1, math.ceil(round(seconds, 6)))  # round: 110.00000001 s is 110 s


class OrganisationRateThrottle(BaseThrottle):
    """Limits by the view's ``throttle_scope`` and the caller (API key, person, or address);
    rates come from ``settings.EPA_THROTTLE_RATES`` (read per request, so they can be changed
    by settings). Reads are not limited."""

    def __init__(self) -> None:
        self._wait: int | None = None

    def allow_request(self, request, view) -> bool:
        scope = getattr(view, "throttle_scope", None)
        if scope is None or request.method in ("GET", "HEAD", "OPTIONS"):
            return True
        rate = settings.EPA_THROTTLE_RATES.get(scope)
        if rate is None:
            return True
        limit, period = parse_rate(rate)
        try:
            decision = sliding_window_hit(cache, self.get_cache_key(request, scope),
                                          limit, period)
        except (RedisError, OSError):
            # A rate limit protects the service; it is not worth refusing every write for.
            logger.exception("Rate limit not applied: the cache is unavailable.")
            return True
        self._wait = decision.wait
        return decision.allowed

    def wait(self) -> int | None:
        return self._wait

    def get_cache_key(self, request, scope: str) -> str:
        """An organisation's keys share its limit (a new key buys no more); a person, and a
        personal key acting as them, have their own."""
        actor = request_actor(request)
        if actor.user_id is not None:
            who = f"user:{actor.user_id}"
        elif actor.api_key_id is not None:
            who = "org:" + ",".join(str(pk) for pk in sorted(actor.organisation_ids()))
        else:
            who = self.get_ident(request)
        return f"throttle:{scope}:{who}"
