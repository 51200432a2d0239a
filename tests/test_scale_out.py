"""Scale-out: two gunicorn app processes and one Celery worker on one PostgreSQL and one Redis,
each request landing on either process. A rate limit, an Idempotency-Key and webhook delivery
(in order, signed) hold across them. Loopback only; every wait is bounded."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter

import pytest
from django.db import connection

from epa.core.actor import SYSTEM
from epa.organisations.models import Organisation
from epa.organisations.services import api_key_create
from epa.webhooks.models import Delivery
from tests.support.servers import REDIS_URL, celery_worker, gunicorns, server_env
from tests.support.webhooks import Receiver, readme_verify

LIMIT = 8  # sync requests per hour per caller
BURST = 14

pytestmark = [
    pytest.mark.skipif(not REDIS_URL, reason="REDIS_URL is not set (CI sets it)"),
    pytest.mark.skipif(connection.vendor != "postgresql",
                       reason="the processes share the test database: PostgreSQL only"),
]


def _call(port: int, key: str, method: str, path: str, body: dict | None = None,
          headers: dict | None = None) -> tuple[int, dict, dict]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json",
                 **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), json.loads(response.read() or "{}")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.loads(error.read() or "{}")


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.down()


def test_two_app_processes_and_a_worker_share_one_state(transactional_db, receiver, tmp_path):
    provider = Organisation.objects.create(kind="provider", identifier="10000001", name="P1")
    other = Organisation.objects.create(kind="provider", identifier="10000002", name="P2")
    _, key = api_key_create(actor=SYSTEM, organisation=provider, name="mis",
                            scopes=["read", "write"])
    _, burst_key = api_key_create(actor=SYSTEM, organisation=other, name="burst",
                                  scopes=["read", "write"])
    env = server_env(REDIS_URL=REDIS_URL, CACHE_KEY_PREFIX=f"epa-test:{uuid.uuid4().hex}",
                     CELERY_QUEUE=f"epa-test-{uuid.uuid4().hex}",
                     EPA_THROTTLE_RATES=f"sync={LIMIT}/hour", WEBHOOK_ALLOW_PRIVATE_URLS="1",
                     WEBHOOK_SWEEP_SECONDS="1", WEBHOOK_RETRY_BASE_SECONDS="1")
    sync = "/api/v1/apprenticeships/sync/"
    invalid = {"records": [{"uln": "1"}]}  # one invalid record: a quick 200, and a sync event

    with gunicorns(env) as ports, celery_worker(env, tmp_path / "beat"):
        # Subscribe through one process; the other serves it.
        status, _, created = _call(ports[0], key, "POST", "/api/v1/webhooks/",
                                   {"url": receiver.url, "event_types": ["sync.completed"]})
        assert status == 201, created
        status, _, shown = _call(ports[1], key, "GET", f"/api/v1/webhooks/{created['id']}/")
        assert status == 200 and shown["url"] == receiver.url
        status, _, bursting = _call(ports[1], burst_key, "POST", "/api/v1/webhooks/",
                                    {"url": receiver.url, "event_types": ["sync.completed"]})
        assert status == 201, bursting

        # An Idempotency-Key: the retry on the other process answers the first answer.
        idem = {"Idempotency-Key": str(uuid.uuid4())}
        first = _call(ports[0], key, "POST", sync, invalid, idem)
        again = _call(ports[1], key, "POST", sync, invalid, idem)
        assert first[0] == again[0] == 200
        assert again[1].get("Idempotent-Replayed") == "true" and again[2] == first[2]
        reused = _call(ports[1], key, "POST", sync, {"records": [{"uln": "2"}]}, idem)
        assert reused[0] == 422 and reused[2]["errors"][0]["code"] == "idempotency_key_reused"

        # One rate limit across both processes.
        answers = [_call(ports[i % 2], burst_key, "POST", sync, invalid) for i in range(BURST)]
        statuses = Counter(status for status, _, _ in answers)
        assert statuses == {200: LIMIT, 429: BURST - LIMIT}, statuses

        # Every sync that ran is one event, delivered by the worker to its own organisation,
        # in order, signed with that subscription's secret.
        expected = 1 + LIMIT
        deadline = time.monotonic() + 60
        while len(receiver.received) < expected and time.monotonic() < deadline:
            time.sleep(0.2)
    assert len(receiver.received) == expected, receiver.received
    verify, secrets = readme_verify(), {provider.pk: created["secret"],
                                        other.pk: bursting["secret"]}
    by_organisation: dict[int, list[int]] = {}
    for headers, body in receiver.received:
        payload = json.loads(body)
        organisation = payload["resource"]["id"]
        assert verify(secrets[organisation], headers, body)
        by_organisation.setdefault(organisation, []).append(payload["data"]["history_event"])
    assert {org: len(events) for org, events in by_organisation.items()} == {
        provider.pk: 1, other.pk: LIMIT}
    assert all(events == sorted(events) for events in by_organisation.values())
    assert set(Delivery.objects.values_list("status", flat=True)) == {"delivered"}
