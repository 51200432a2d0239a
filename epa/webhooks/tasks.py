"""The Celery tasks: send one delivery; sweep for every due one (periodic)."""

from celery import shared_task

from epa.webhooks.services import deliveries_sweep, delivery_attempt


@shared_task(name="epa.webhooks.deliver")
def deliver(delivery_id: int) -> str | None:
    return delivery_attempt(delivery_id)


@shared_task(name="epa.webhooks.sweep")
def sweep() -> int:
    return len(deliveries_sweep())
