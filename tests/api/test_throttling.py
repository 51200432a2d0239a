"""Rate limits: an atomic count in the cache, shared by every server process through Redis."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from django.db import connection
from django.test import override_settings

from epa.api.throttling import parse_rate, sliding_window_hit
from epa.core.actor import SYSTEM
from epa.organisations.models import Organisation
from epa.organisations.services import api_key_create
from tests.support.servers import REDIS_URL, gunicorns, server_env

needs_redis = pytest.mark.skipif(not REDIS_URL, reason="REDIS_URL is not set (CI sets it)")


def _locmem():
    return LocMemCache(f"throttle-{uuid.uuid4().hex}", {})


def _redis():
    return RedisCache(REDIS_URL, {"KEY_PREFIX": f"epa-test:{uuid.uuid4().hex}"})


BACKENDS = [pytest.param(_locmem, id="locmem"),
            pytest.param(_redis, id="redis", marks=needs_redis)]


def test_rates_read_as_settings_write_them():
    assert parse_rate("120/min") == (120, 60)
    assert parse_rate("20/hour") == (20, 3600)
    assert parse_rate("5/s") == (5, 1)
    assert parse_rate("1000/day") == (1000, 86400)


@pytest.mark.parametrize("make_backend", BACKENDS)
def test_concurrent_hits_let_exactly_the_limit_through(make_backend):
    """16 threads hit one counter 400 times at once: exactly the limit passes, and the refused
    hits are taken back off the count."""
    backend, limit, now = make_backend(), 100, 1_000_000_000.0
    start, results = threading.Barrier(16), []

    def hit_many() -> None:
        start.wait()
        results.extend(sliding_window_hit(backend, "k", limit, 60, now=now).allowed
                       for _ in range(25))

    threads = [threading.Thread(target=hit_many) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Counter(results) == {True: limit, False: 400 - limit}
    assert backend.get(f"k:{int(now // 60)}") == limit


def test_the_previous_window_counts_for_the_part_still_in_the_last_period():
    backend, limit, period = _locmem(), 10, 60
    start = 1_000_000_020.0 - 1_000_000_020.0 % period  # a window's first second
    for _ in range(limit):
        assert sliding_window_hit(backend, "k", limit, period, now=start).allowed
    assert not sliding_window_hit(backend, "k", limit, period, now=start + 59).allowed
    # Half-way through the next window half of the previous one still counts: 5 more pass.
    halfway = start + period + 30
    assert [sliding_window_hit(backend, "k", limit, period, now=halfway).allowed
            for _ in range(6)] == [True] * 5 + [False]
    refused = sliding_window_hit(backend, "k", limit, period, now=halfway)
    # The 6th fits once 60% of the window has gone: 6 s from now.
    assert refused.wait == 6
    assert sliding_window_hit(backend, "k", limit, period, now=halfway + 6).allowed


def test_a_full_window_waits_for_the_next():
    backend, period = _locmem(), 60
    start = 1_000_000_020.0 - 1_000_000_020.0 % period
    assert sliding_window_hit(backend, "k", 1, period, now=start).allowed
    refused = sliding_window_hit(backend, "k", 1, period, now=start + 10)
    assert not refused.allowed and refused.wait == 110  # 50 s to the next window, then all of it


@pytest.mark.django_db
@override_settings(
    EPA_THROTTLE_RATES={"sync": "1/min", "writes": "600/min"},
    CACHES={"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                        "LOCATION": "redis://127.0.0.1:1/0",
                        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}}},
)
def test_writes_go_on_when_the_cache_is_down(world, caplog):
    client = world.key_client("provider1")
    for _ in range(2):
        response = client.post("/api/v1/apprenticeships/sync/", {"records": [{"uln": "1"}]},
                               format="json")
        assert response.status_code == 200, response.json()
    assert "Rate limit not applied" in caplog.text


# -- two server processes, one limit ------------------------------------------------------------

LIMIT, BURST, SERVERS = 20, 60, 2


@pytest.fixture
def two_servers(transactional_db):
    """Two gunicorn processes, as production runs, on the test database and Redis, with a low
    sync rate: LIMIT an hour (the burst is over long before the window could turn)."""
    env = server_env(REDIS_URL=REDIS_URL, CACHE_KEY_PREFIX=f"epa-test:{uuid.uuid4().hex}",
                     EPA_THROTTLE_RATES=f"sync={LIMIT}/hour")
    with gunicorns(env, SERVERS) as ports:
        yield ports


@needs_redis
@pytest.mark.skipif(connection.vendor != "postgresql",
                    reason="the servers share the test database: PostgreSQL only")
def test_two_server_processes_share_one_limit(two_servers):
    provider = Organisation.objects.create(kind="provider", identifier="10000001", name="P")
    _, key = api_key_create(actor=SYSTEM, organisation=provider, name="burst",
                            scopes=["read", "write"])
    body = json.dumps({"records": [{"uln": "1"}]}).encode()  # one invalid record: a quick 200

    def post(index: int) -> tuple[int, dict, dict]:
        port = two_servers[index % SERVERS]
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/v1/apprenticeships/sync/", data=body, method="POST",
            headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, dict(response.headers), json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), json.loads(error.read())

    with ThreadPoolExecutor(max_workers=12) as pool:
        answers = list(pool.map(post, range(BURST)))

    statuses = Counter(status for status, _, _ in answers)
    assert set(statuses) <= {200, 429}, statuses
    assert LIMIT <= statuses[200] <= LIMIT * 1.05, statuses
    # Each server had BURST / 2 requests, more than the limit: counted per process, twice the
    # limit would have passed.
    refused = next((headers, body) for status, headers, body in answers if status == 429)
    assert int(refused[0]["Retry-After"]) > 0
    assert refused[1]["errors"][0]["code"] == "throttled"
