"""The project: settings, URLs, and the Celery application (loaded with Django, so that every
process sends tasks to the configured broker)."""

from config.celery import app as celery_app

__all__ = ["celery_app"]
