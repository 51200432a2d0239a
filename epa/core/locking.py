"""Optimistic concurrency for the flows' writes: lock the row, check the caller's version,
bump it.

Each write runs inside ``locked_at_version``: the row is locked for the transaction (so two
writes of one object run one after the other), the version the caller read (``If-Match``) is
compared with the stored one (``StaleVersion``, a 412, when they differ), and the version is
bumped when the write completes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import models, transaction

from epa.core.errors import StaleVersion


@contextmanager
def locked_at_version(queryset: models.QuerySet, pk: int, expected_version: int | None
                      ) -> Iterator[models.Model]:
    with transaction.atomic():
        # of=self: PostgreSQL refuses FOR UPDATE on the nullable side of an outer join.
        locked = queryset.select_for_update(of=("self",)).get(pk=pk)
        if expected_version is not None and locked.version != expected_version:
            raise StaleVersion(expected=expected_version, current=locked.version)
        yield locked
        locked.version += 1
        locked.save()
