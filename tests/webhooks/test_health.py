"""What /readyz and /metrics read of the webhook queue."""

import datetime as dt

import pytest
from celery import current_app
from django.utils import timezone
from prometheus_client import REGISTRY

from epa.webhooks.health import queue_depth, queue_reachable
from epa.webhooks.models import Delivery
from tests.support.gateway import new_apprenticeship
from tests.support.webhooks import Receiver, send_due, subscribe


def test_the_queue_depth_counts_due_and_waiting_deliveries(world):
    receiver = Receiver()
    try:
        subscribe(world.key_client("provider1"), receiver.url, ["apprenticeship.created"])
        new_apprenticeship(world)
        new_apprenticeship(world, uln_seed="100000002")
    finally:
        receiver.down()
    assert queue_depth() == {"due": 2, "waiting": 0}
    Delivery.objects.filter(pk=Delivery.objects.first().pk).update(
        next_attempt_at=timezone.now() + dt.timedelta(minutes=5))
    assert queue_depth() == {"due": 1, "waiting": 1}


@pytest.mark.django_db
def test_the_queue_is_reachable_or_not():
    assert queue_reachable()  # the tests' in-memory broker
    original = current_app.conf.broker_url
    current_app.conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens there
    try:
        assert not queue_reachable(timeout=0.5)
    finally:
        current_app.conf.broker_url = original


def test_metrics_show_the_queue_depth_and_each_delivery_outcome(world, client, settings):
    settings.METRICS_TOKEN = "secret"
    receiver = Receiver()
    try:
        subscribe(world.key_client("provider1"), receiver.url, ["apprenticeship.created"])
        new_apprenticeship(world)
        text = client.get("/metrics", HTTP_AUTHORIZATION="Bearer secret").content.decode()
        assert 'epa_webhook_queue_depth{state="due"} 1.0' in text
        before = REGISTRY.get_sample_value("epa_webhook_deliveries_total",
                                           {"outcome": "delivered"}) or 0
        assert send_due() == ["delivered"]
    finally:
        receiver.down()
    assert REGISTRY.get_sample_value("epa_webhook_deliveries_total",
                                     {"outcome": "delivered"}) == before + 1
    text = client.get("/metrics", HTTP_AUTHORIZATION="Bearer secret").content.decode()
    assert 'epa_webhook_queue_depth{state="due"} 0.0' in text
