"""Webhook test helpers: a receiver on 127.0.0.1, subscribing over HTTP, sending what is due
(as the workers do), and the README's verification snippet."""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from epa.webhooks.services import deliveries_due, delivery_attempt

WEBHOOKS = "/api/v1/webhooks/"
README = Path(__file__).resolve().parents[2] / "README.md"


class _Server(ThreadingHTTPServer):
    allow_reuse_address = True
    daemon_threads = True


class Receiver:
    """A tiny HTTP server on 127.0.0.1 that records every POST; ``status`` is what it answers
    (``down()`` closes it, ``up()`` opens it again on the same port)."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.received: list[tuple[dict, bytes]] = []
        self.port = 0
        self._server = None
        self.up()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def up(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append((dict(self.headers), body))
                self.send_response(receiver.status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self._server = _Server(("127.0.0.1", self.port), Handler)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def down(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def payloads(self) -> list[dict]:
        return [json.loads(body) for _, body in self.received]


def subscribe(client, url: str, event_types: list[str], **extra) -> dict:
    response = client.post(WEBHOOKS, {"url": url, "event_types": event_types, **extra},
                           format="json")
    assert response.status_code == 201, response.json()
    return response.json()


def send_due(rounds: int = 50) -> list[str]:
    """Send every due delivery, in turn, as the workers would, until none is due; the
    outcomes."""
    outcomes = []
    for _ in range(rounds):
        due = deliveries_due()
        if not due:
            break
        outcomes += [o for pk in due if (o := delivery_attempt(pk))]
    return outcomes


def readme_verify():
    """The README's verification snippet, run as a receiver would copy it: its ``verify``."""
    text = README.read_text(encoding="utf-8")
    block = re.search(r"<!-- webhook-verify -->\s*```python\n(.*?)```", text, re.S)
    assert block, "README: the webhook verification snippet is missing"
    namespace: dict = {}
    exec(compile(block.group(1), "README.md", "exec"), namespace)
    return namespace["verify"]
