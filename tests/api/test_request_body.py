"""Request bodies sent with ``Transfer-Encoding: chunked`` (no Content-Length) are read, under the
same size limit as others (epa.api.middleware.RequestBodySizeLimitMiddleware).

First through Django's test client, with the WSGI environ a server gives such a request; then
over a real socket, against gunicorn (the server that removes the chunk framing) in a
subprocess. Django's runserver cannot be used for the second: it cuts its input at the
Content-Length, so no chunked body reaches Django through it.
"""

from __future__ import annotations

import http.client
import io
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings

from epa.learners.models import Apprenticeship
from tests.support.sync import SYNC_URL as URL
from tests.support.sync import sync_record, valid_ulns

pytestmark = pytest.mark.django_db
PROJECT = Path(__file__).resolve().parent.parent.parent


def _post_chunked(client, path: str, body: bytes):
    """A POST as a WSGI server passes on a chunked request: no CONTENT_LENGTH, the
    Transfer-Encoding header, and the (de-chunked) body in ``wsgi.input``."""
    return client.request(REQUEST_METHOD="POST", PATH_INFO=path,
                          CONTENT_TYPE="application/json", HTTP_TRANSFER_ENCODING="chunked",
                          **{"wsgi.input": io.BytesIO(body)})


def test_a_chunked_body_is_read(world):
    body = json.dumps({"records": [sync_record(world, uln) for uln in valid_ulns(2)]}).encode()
    response = _post_chunked(world.key_client("provider1"), URL, body)
    assert response.status_code == 200, response.json()
    assert response.json()["summary"]["created"] == 2


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=100)
def test_a_chunked_body_over_the_limit_is_413(world):
    response = _post_chunked(world.key_client("provider1"), URL, b'{"records": []}' + b" " * 100)
    assert response.status_code == 413
    assert response.json() == {"type": "client_error", "errors": [{
        "code": "request_too_large", "attr": None,
        "detail": "The request body is over the limit of 100 bytes."}],
        "request_id": response["X-Request-ID"]}
    assert not Apprenticeship.objects.exists()


# -- over a socket, against gunicorn --------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        return (f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:"
                f"{db['PORT'] or 5432}/{db['NAME']}")
    return "sqlite:///:memory:"  # the test database is in memory: out of the server's reach


@pytest.fixture(scope="module")
def gunicorn(django_db_setup, django_db_blocker, tmp_path_factory) -> tuple[str, int]:
    """gunicorn serving the project on the test database; its host and port."""
    port = _free_port()
    with django_db_blocker.unblock():
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test",
               "DATABASE_URL": _database_url(), "DEBUG": "0"}
    log = tmp_path_factory.mktemp("gunicorn") / "log"
    with open(log, "wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--workers", "1",
             "--bind", f"127.0.0.1:{port}"], cwd=PROJECT, env=env, stdout=out, stderr=out)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, log.read_text()
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.1)
        yield "127.0.0.1", port
    finally:
        server.terminate()
        server.wait(timeout=30)


def _send_chunked(address: tuple[str, int], body: bytes, headers: dict) -> tuple[int, dict]:
    """POST ``body`` in 1 KiB chunks (http.client chunks an iterable body of unknown length)."""
    chunks = (body[i:i + 1024] for i in range(0, len(body), 1024))
    client = http.client.HTTPConnection(*address, timeout=60)
    try:
        client.request("POST", URL, body=chunks,
                       headers={"Content-Type": "application/json", **headers})
        response = client.getresponse()
        return response.status, json.loads(response.read())
    finally:
        client.close()


def test_gunicorn_refuses_a_chunked_body_over_the_limit(gunicorn):
    from django.conf import settings

    body = b'{"records": [' + b" " * settings.DATA_UPLOAD_MAX_MEMORY_SIZE + b"]}"
    status, answer = _send_chunked(gunicorn, body, {})
    assert status == 413
    assert answer["errors"][0]["code"] == "request_too_large"


@pytest.mark.django_db(transaction=True)  # the server reads what this test commits
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs a database gunicorn reaches")
def test_gunicorn_passes_a_chunked_body_on(world, gunicorn):
    from epa.core.actor import SYSTEM
    from epa.organisations.services import api_key_create

    _, key = api_key_create(actor=SYSTEM, organisation=world.orgs["provider1"], name="socket",
                            scopes=["read", "write"])
    body = json.dumps({"records": [sync_record(world, uln) for uln in valid_ulns(40)]}).encode()
    status, answer = _send_chunked(gunicorn, body, {"Authorization": f"Bearer {key}"})
    assert status == 200, answer
    assert answer["summary"]["created"] == 40
    assert Apprenticeship.objects.count() == 40
