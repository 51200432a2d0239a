"""Moved to ``epa.core.locking``; kept only until every import moves."""

from epa.core.locking import locked_at_version  # noqa: F401
