"""The change feed: keyset pagination by ``(updated_at, id)`` for clients that sync.

A timestamp alone is not a safe cursor: a transaction that started earlier can commit after a
client has read past its ``updated_at``, and the client never sees it. So the feed only serves
rows older than ``settings.SYNC_FEED_LAG`` (longer than any write transaction), and positions are
``(updated_at, id)`` so rows sharing a timestamp are neither skipped nor repeated. The cursor is
the one of every large list (``epa.api.pagination.CursorPagination``); the feed differs in
giving a cursor to poll with even on its last page.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone

from epa.api.pagination import CursorPagination


class ChangeFeedPagination(CursorPagination):
    """Keyset pages over ``(updated_at, id)``; ``page_size`` is validated as everywhere else."""

    ordering = ("updated_at", "id")
    page_size = 100
    max_page_size = 1000
    next_cursor_description = ("Pass as `cursor` to continue; keep it to poll for later "
                               "changes. Null only before anything has been served.")
    has_more_description = "Whether more changes are ready now."
    cursor_description = "Position from a previous `next_cursor`; omit to start."

    def get_ordering(self, view) -> tuple[str, ...]:
        return self.ordering  # whatever the list's order, the feed's is its own

    def restrict(self, queryset):
        return queryset.filter(updated_at__lte=timezone.now() - settings.SYNC_FEED_LAG)

    def next_cursor(self) -> str | None:
        """Where the client is: after the last row served, to continue or poll from."""
        return self.last_position or self.raw_cursor
