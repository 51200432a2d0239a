"""The HTTP layer's error codes are defined where they are produced; importing these modules
(``CoreConfig.ready`` imports every app's ``codes``) defines them all."""

from epa.api import (  # noqa: F401
    concurrency,
    errors,
    feed,
    filters,
    idempotency,
    middleware,
    pagination,
    permissions,
)
