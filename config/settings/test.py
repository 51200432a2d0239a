"""Settings for the test suite: the base settings with a test-only key and fast hashing.

The database still comes from ``DATABASE_URL`` (CI points it at PostgreSQL).
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key")

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Throttling keeps its counts in the cache. With REDIS_URL (CI) the tests use Redis, as
# production does, under a prefix of their own per xdist worker (and per test: see
# tests/conftest.py), so parallel runs never share a count. Without it, no cache, except where
# a test turns one on.
if REDIS_URL:  # noqa: F405
    _worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    CACHES["default"]["KEY_PREFIX"] = f"epa-test:{os.getpid()}:{_worker}"  # noqa: F405
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

# Webhook tasks go nowhere unless a test runs a worker (the scale-out test starts its own, on
# Redis); tests call the delivery functions themselves. Receivers in tests are on 127.0.0.1.
CELERY_BROKER_URL = "memory://"
CELERY_BROKER_TRANSPORT_OPTIONS = {}
WEBHOOK_ALLOW_PRIVATE_URLS = True
