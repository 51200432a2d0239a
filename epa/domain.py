"""Moved to ``epa.core.errors`` and ``epa.core.policy``; kept only until every import moves."""

from epa.core.errors import (  # noqa: F401
    VERSION_MAX,
    FieldError,
    Forbidden,
    RuleViolation,
    StaleVersion,
    StateConflict,
    VersionRequired,
)
from epa.core.policy import require  # noqa: F401
