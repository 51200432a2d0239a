"""The Celery application: the workers that deliver webhooks (``make worker``).

Settings come from Django's (``CELERY_*``); tasks are found in each app's ``tasks.py``. The
periodic sweep runs every ``WEBHOOK_SWEEP_INTERVAL`` under ``celery beat`` (``make worker``
embeds it with ``--beat``; in production run one ``celery beat`` beside the workers).
"""

import os

from celery import Celery
from django.conf import settings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

app = Celery("epa")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_finalize.connect
def _schedule_sweep(sender, **kwargs):
    sender.add_periodic_task(settings.WEBHOOK_SWEEP_INTERVAL.total_seconds(),
                             sender.signature("epa.webhooks.sweep"), name="webhooks-sweep")
