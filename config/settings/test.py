"""Settings for the test suite: the base settings with a test-only key and fast hashing.

The database still comes from ``DATABASE_URL`` (CI points it at PostgreSQL).
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key")

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Throttling keeps its counts in the cache: none in tests, except where a test turns it on.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
