"""What operations read of the webhook queue: whether the broker answers (for ``/readyz``) and
how much is waiting (for ``/metrics``). Plain functions, so the readiness view and the metrics
module call them without knowing Celery."""

from __future__ import annotations

from celery import current_app
from django.db.models import Count, Q
from django.utils import timezone

from epa.webhooks.models import Delivery, DeliveryStatus


def queue_reachable(timeout: float = 1.0) -> bool:
    """The broker accepts a connection within ``timeout`` seconds."""
    try:
        with current_app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=1, timeout=timeout)
        return True
    except Exception:
        return False


def queue_depth() -> dict[str, int]:
    """Pending deliveries: ``due`` (to send now) and ``waiting`` (for a retry or their turn)."""
    now = timezone.now()
    counts = Delivery.objects.filter(status=DeliveryStatus.PENDING).aggregate(
        total=Count("id"), due=Count("id", filter=Q(next_attempt_at__lte=now)))
    return {"due": counts["due"], "waiting": counts["total"] - counts["due"]}



def queue() -> None:
    """The readiness check (``settings.EPA_READINESS_CHECKS``): raises when the broker does not
    answer, so ``/readyz`` answers 503 naming ``queue``."""
    if not queue_reachable():
        raise ConnectionError("the webhook queue's broker does not answer")


def queue_depth_metric() -> list[tuple[dict[str, str], int]]:
    """Webhook deliveries pending, by state: due now, or waiting for a retry or their turn."""
    return [({"state": state}, count) for state, count in queue_depth().items()]
