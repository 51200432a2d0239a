"""Outbound HTTP for webhooks: one POST, no redirects, timeouts, a cap on what is read of the
answer, and no connection to loopback, private, link-local or otherwise internal addresses
unless ``WEBHOOK_ALLOW_PRIVATE_URLS`` (development and tests). The address checked is the
address connected to (no second DNS lookup an attacker could answer differently)."""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings


class UnsafeUrl(ValueError):
    """The URL may not be called: not http(s), or it resolves to an internal address."""


@dataclass(frozen=True)
class Answer:
    status: int | None  # None: no HTTP answer
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def _internal(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def resolve(url: str, *, allow_private: bool | None = None) -> tuple[str, str, int, str]:
    """(scheme, host, port, address) for ``url``, refusing what may not be called."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeUrl("Only http and https URLs with a host are called.")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    allow = settings.WEBHOOK_ALLOW_PRIVATE_URLS if allow_private is None else allow_private
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnsafeUrl(f"The host does not resolve: {exc}") from exc
    addresses = [info[4][0] for info in infos]
    if not allow and any(_internal(a) for a in addresses):
        raise UnsafeUrl("The URL resolves to a loopback, private or link-local address.")
    return parts.scheme, parts.hostname, port, addresses[0]


def url_refusal(url: str) -> str | None:
    """Why ``url`` may not be called, or None."""
    try:
        resolve(url)
    except UnsafeUrl as exc:
        return str(exc)
    return None


class _Pinned(http.client.HTTPConnection):
    def __init__(self, address: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._address = address

    def connect(self):
        self.sock = socket.create_connection((self._address, self.port),
                                             settings.WEBHOOK_CONNECT_TIMEOUT)
        self.sock.settimeout(self.timeout)


class _PinnedTLS(http.client.HTTPSConnection):
    def __init__(self, address: str, *args, **kwargs):
        super().__init__(*args, context=ssl.create_default_context(), **kwargs)
        self._address = address

    def connect(self):
        sock = socket.create_connection((self._address, self.port),
                                        settings.WEBHOOK_CONNECT_TIMEOUT)
        sock.settimeout(self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def post(url: str, body: bytes, headers: dict[str, str]) -> Answer:
    """POST ``body``; the answer's status (a redirect is an answer, not followed) or why
    there was none. At most ``WEBHOOK_MAX_RESPONSE_BYTES`` of the answer are read, within
    ``WEBHOOK_READ_TIMEOUT`` in all."""
    try:
        scheme, host, port, address = resolve(url)
    except UnsafeUrl as exc:
        return Answer(None, f"refused: {exc}"[:200])
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    kind = _PinnedTLS if scheme == "https" else _Pinned
    connection = kind(address, host, port, timeout=settings.WEBHOOK_READ_TIMEOUT)
    deadline = time.monotonic() + settings.WEBHOOK_READ_TIMEOUT
    try:
        connection.request("POST", target, body=body, headers={
            **headers, "Content-Type": "application/json", "User-Agent": "epa-webhooks/1"})
        response = connection.getresponse()
        remaining = settings.WEBHOOK_MAX_RESPONSE_BYTES
        while remaining > 0 and time.monotonic() < deadline:
            chunk = response.read1(min(remaining, 8192))
            if not chunk:
                break
            remaining -= len(chunk)
        return Answer(response.status)
    except (OSError, http.client.HTTPException) as exc:
        return Answer(None, f"{type(exc).__name__}: {exc}"[:200])
    finally:
        connection.close()
