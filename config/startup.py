"""A configuration error at start-up as one line naming the variable, not a traceback.

``manage.py`` runs its command under ``exit_on_configuration_error``; gunicorn's master calls
``check_or_exit`` before it starts any worker (``config/gunicorn.conf.py``). A configuration
error is a setting the environment got wrong (``ImproperlyConfigured``: a missing or invalid
``SECRET_KEY``, a bad ``DATABASE_URL``...) or a database that cannot be connected to; other
errors keep their traceback.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

EXIT_CODE = 2


def _database_where() -> str:
    """The database's address, without a password."""
    raw = os.environ.get("DATABASE_URL")
    if not raw:
        return "the default SQLite file"
    try:
        parts = urlsplit(raw)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
        user = f"{parts.username}@" if parts.username else ""
        return f"{parts.scheme}://{user}{host}{port}{parts.path}"
    except ValueError:
        return "the URL given"


def configuration_error(exc: BaseException) -> str | None:
    """The line to print for a configuration error; None for any other error."""
    from django.db import DatabaseError, connections

    if isinstance(exc, ImproperlyConfigured):
        return f"epa: configuration error: {exc}"
    if isinstance(exc, DatabaseError) and connections["default"].connection is None:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return (f"epa: configuration error: DATABASE_URL: cannot connect to the database at "
                f"{_database_where()}: {reason}")
    return None


@contextlib.contextmanager
def exit_on_configuration_error() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        line = configuration_error(exc)
        if line is None:
            raise
        print(line, file=sys.stderr, flush=True)
        raise SystemExit(EXIT_CODE) from None


def check_or_exit() -> None:
    """Load the settings and connect to the database once, or exit with one line."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    with exit_on_configuration_error():
        import django
        from django.db import connection

        django.setup()
        connection.ensure_connection()
        connection.close()
