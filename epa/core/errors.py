"""Exceptions the services raise when a write breaks a rule.

Services stay free of HTTP; ``epa.api.errors.ExceptionHandler`` turns these into the one error
shape: a ``RuleViolation`` is a 400 naming each field, a ``Forbidden`` a 403, a
``StateConflict`` a 409, a ``StaleVersion`` a 412 and a ``VersionRequired`` a 428, each with a
stable code from the registry (``epa.core.codes``).
"""

from __future__ import annotations

from dataclasses import dataclass

from epa.core.codes import define

# The largest value of an optimistic-concurrency version column (a PostgreSQL integer). Every
# integer column names its maximum, so that validation and the OpenAPI schema are the same on
# every database (Django otherwise adds the connected database's range).
VERSION_MAX = 2_147_483_647


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    message: str


class RuleViolation(Exception):
    """One or more field errors; the API turns it into a 400 naming each field."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


class StateConflict(Exception):
    """The write is not allowed in the object's current state (a 409 with ``code``)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class StaleVersion(Exception):
    """The caller's ``If-Match`` names a version that is no longer current (a 412)."""

    code = define("concurrency", 412, "version_mismatch")

    def __init__(self, *, expected: int, current: int) -> None:
        self.message = (f"The resource has changed: you sent version {expected}, the current "
                        f"version is {current}. Read it again and retry.")
        super().__init__(self.message)


class VersionRequired(Exception):
    """Changing this resource needs ``If-Match``: without it an update could be lost (a 428)."""

    code = define("concurrency", 428, "if_match_required")

    def __init__(self, what: str = "resource") -> None:
        self.message = (f"This {what} exists: send If-Match with its ETag so that a change "
                        "made since you read it is not overwritten.")
        super().__init__(self.message)


class Forbidden(Exception):
    """The caller may see the object but their part in it does not allow this write (a 403)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
