"""Loading many rows into PostgreSQL with ``COPY``: about four times faster than an
``execute_values`` INSERT of the same 1,000 rows (which formats every row in Python with
``mogrify``), measured on a bulk sync's audit events and apprenticeships."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence


def copy_text(value) -> str:
    """A value in ``COPY``'s text format (None is NULL)."""
    if value is None:
        return "\\N"
    if value is True or value is False:
        return "t" if value else "f"
    return (str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"))


def copy_rows(cursor, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    """``COPY table (columns) FROM STDIN`` of ``rows`` (each in ``columns`` order) through a
    psycopg2 cursor (or Django's wrapper of one). ``table`` and ``columns`` are quoted names."""
    buffer = io.StringIO()
    buffer.writelines("\t".join(map(copy_text, row)) + "\n" for row in rows)
    buffer.seek(0)
    cursor.copy_expert(f"COPY {table} ({', '.join(columns)}) FROM STDIN", buffer)
