"""An Idempotency-Key is claimed in the transaction of the work it guards (epa.api.idempotency):
a request that fails leaves the key free for its retry, a retry arriving while the first still
runs waits for its answer, and expired keys are purged. Shown on the bulk sync, the endpoint
that takes keys.

The tests that kill a database connection or race two requests need PostgreSQL (real row locks
and connections of their own) and are skipped on SQLite.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
import time

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from epa.api.models import IdempotencyRecord
from epa.learners.api import views
from epa.learners.models import Apprenticeship, Learner
from tests.support.sync import SYNC_URL as URL
from tests.support.sync import sync_record, valid_ulns

pytestmark = pytest.mark.django_db
on_postgresql = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]
REPLAYED = "Idempotent-Replayed"


def _sync(client, records, key: str):
    return client.post(URL, {"records": records}, format="json",
                       headers={"Idempotency-Key": key})


def _failing_after_the_work(monkeypatch, fail) -> None:
    """The sync does its work, then ``fail()`` happens before the answer."""
    work = views.apprenticeships_sync

    def sync_then_fail(**kwargs):
        results = work(**kwargs)
        fail()
        return results

    monkeypatch.setattr(views, "apprenticeships_sync", sync_then_fail)


def _retry_runs(client, records, key: str) -> None:
    response = _sync(client, records, key)
    assert response.status_code == 200, response.content
    assert REPLAYED not in response.headers
    assert response.json()["summary"]["created"] == len(records)
    assert IdempotencyRecord.objects.filter(key=key, status="completed").count() == 1


def test_a_failure_mid_flight_undoes_the_work_and_leaves_the_key_free(world, monkeypatch):
    client = world.key_client("provider1")
    client.raise_request_exception = False
    records = [sync_record(world, uln) for uln in valid_ulns(2)]

    def fail():
        raise RuntimeError("the worker went away")

    _failing_after_the_work(monkeypatch, fail)
    assert _sync(client, records, "k-1").status_code == 500
    assert not IdempotencyRecord.objects.exists()
    assert not Learner.objects.exists()  # the work went with the claim

    monkeypatch.undo()
    _retry_runs(client, records, "k-1")


@pytest.mark.usefixtures("world")
class TestOnPostgreSQL:
    pytestmark = on_postgresql

    def test_a_database_connection_killed_mid_flight_leaves_the_key_free(
            self, world, monkeypatch):
        client = world.key_client("provider1")
        client.raise_request_exception = False
        records = [sync_record(world, uln) for uln in valid_ulns(2)]

        def kill_the_connection():
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(pg_backend_pid())")

        _failing_after_the_work(monkeypatch, kill_the_connection)
        # the database went away mid-request: 503 database_unavailable, nothing committed
        assert _sync(client, records, "k-2").status_code == 503
        monkeypatch.undo()
        connection.close()  # the request ran on this thread's connection: open a new one
        assert not IdempotencyRecord.objects.exists()
        assert not Learner.objects.exists()
        _retry_runs(client, records, "k-2")

    def test_a_retry_while_the_first_runs_waits_and_gets_its_answer(self, world, monkeypatch):
        records = [sync_record(world, uln) for uln in valid_ulns(2)]
        clients = [world.key_client("provider1"), world.key_client("provider1")]
        working, finish, answers = self._first_held_in_its_work(monkeypatch)

        first = self._in_thread(answers, "first", clients[0], records, "k-3")
        assert working.wait(timeout=30)
        retry = self._in_thread(answers, "retry", clients[1], records, "k-3")
        waited = self._until_waiting_on_a_lock(retry)
        finish.set()
        first.join()
        retry.join()

        assert waited, "the retry did not wait for the first"
        assert answers["first"].status_code == answers["retry"].status_code == 200
        assert REPLAYED not in answers["first"].headers
        assert answers["retry"].headers[REPLAYED] == "true"
        assert answers["retry"].json() == answers["first"].json()
        assert Apprenticeship.objects.count() == 2

    @override_settings(IDEMPOTENCY_KEY_WAIT=dt.timedelta(milliseconds=200))
    def test_a_retry_waits_at_most_IDEMPOTENCY_KEY_WAIT_then_is_409(self, world, monkeypatch):
        records = [sync_record(world, uln) for uln in valid_ulns(1)]
        client = world.key_client("provider1")
        working, finish, answers = self._first_held_in_its_work(monkeypatch)

        first = self._in_thread(answers, "first", world.key_client("provider1"), records,
                               "k-4")
        assert working.wait(timeout=30)
        try:
            response = _sync(client, records, "k-4")
        finally:
            finish.set()
            first.join()

        assert response.status_code == 409
        assert response.json()["errors"][0]["code"] == "idempotency_key_in_progress"
        assert answers["first"].status_code == 200
        assert _sync(client, records, "k-4").headers[REPLAYED] == "true"

    # -- helpers --

    @staticmethod
    def _first_held_in_its_work(monkeypatch):
        """The first sync to run holds after its work until ``finish`` is set."""
        working, finish, answers = threading.Event(), threading.Event(), {}
        work = views.apprenticeships_sync

        def held(**kwargs):
            results = work(**kwargs)
            if not working.is_set():
                working.set()
                finish.wait(timeout=30)
            return results

        monkeypatch.setattr(views, "apprenticeships_sync", held)
        return working, finish, answers

    @staticmethod
    def _in_thread(answers: dict, name: str, client, records, key: str) -> threading.Thread:
        def send() -> None:
            try:
                answers[name] = _sync(client, records, key)
            finally:
                connection.close()

        thread = threading.Thread(target=send)
        thread.start()
        return thread

    @staticmethod
    def _until_waiting_on_a_lock(request: threading.Thread) -> bool:
        """Whether another connection is seen waiting for a lock before ``request`` ends."""
        deadline = time.monotonic() + 30
        while request.is_alive() and time.monotonic() < deadline:
            with connection.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                               "current_database() AND pid <> pg_backend_pid() AND "
                               "wait_event_type = 'Lock'")
                if cursor.fetchone()[0]:
                    return True
            time.sleep(0.02)
        return False


# -- expired keys ---------------------------------------------------------------------------------

def _record(key: str, expires_in: dt.timedelta, scope: str = "org:0") -> IdempotencyRecord:
    return IdempotencyRecord.objects.create(
        scope=scope, key=key, method="POST", path=URL, request_hash="0" * 64,
        status="completed", response_status=200, expires_at=timezone.now() + expires_in)


def test_purge_idempotency_keys_deletes_the_expired_records():
    _record("old", -dt.timedelta(seconds=1))
    _record("older", -dt.timedelta(days=3))
    _record("live", dt.timedelta(hours=1))
    out = io.StringIO()
    call_command("purge_idempotency_keys", stdout=out)
    assert "Deleted 2 " in out.getvalue()
    assert list(IdempotencyRecord.objects.values_list("key", flat=True)) == ["live"]


def test_a_keyed_request_purges_expired_records_of_any_caller(world):
    _record("someone-elses", -dt.timedelta(seconds=1), scope="org:999")
    _record("still-live", dt.timedelta(hours=1), scope="org:999")
    (uln,) = valid_ulns(1)
    assert _sync(world.key_client("provider1"), [sync_record(world, uln)], "k-5").status_code == 200
    assert sorted(IdempotencyRecord.objects.values_list("key", flat=True)) == [
        "k-5", "still-live"]


def test_the_answer_is_stored_compressed_and_replayed_as_sent(world):
    client = world.key_client("provider1")
    records = [sync_record(world, uln) for uln in valid_ulns(20)]
    first = _sync(client, records, "k-6")
    stored = IdempotencyRecord.objects.get(key="k-6").response_body
    assert len(stored) < len(first.content) / 4
    replay = _sync(client, records, "k-6")
    assert replay.headers[REPLAYED] == "true"
    assert replay.content == first.content
