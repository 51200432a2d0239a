"""The signature of a webhook request: HMAC-SHA256 with the subscription's secret over
``<timestamp>.<body>``, sent as ``Webhook-Signature: v1=<hex>`` with ``Webhook-Timestamp``
(Unix seconds). The README shows a receiver verifying it."""

from __future__ import annotations

import hashlib
import hmac

TIMESTAMP_HEADER = "Webhook-Timestamp"
SIGNATURE_HEADER = "Webhook-Signature"
EVENT_HEADER = "Webhook-Id"
DELIVERY_HEADER = "Webhook-Delivery"
VERSION = "v1"


def signature(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"{VERSION}={mac.hexdigest()}"


def signature_valid(secret: str, timestamp: int, body: bytes, header: str) -> bool:
    return hmac.compare_digest(signature(secret, timestamp, body), header)
