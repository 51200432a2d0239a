"""``copy_rows``: what goes in with COPY comes back out, whatever the characters."""

import datetime as dt

import pytest
from django.db import connection

from epa.core.bulk import copy_rows

pytestmark = [pytest.mark.django_db,
              pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY: PostgreSQL")]

TEXTS = ["plain", "", "\\N", "tab\there", "line\nbreak", "back\\slash", "carriage\rreturn",
         "Zoë 🎓", '{"json": "a\\tb"}', None]


def test_copied_rows_read_back_as_they_were():
    when = dt.datetime(2026, 12, 2, 16, 23, 51, 573285, tzinfo=dt.UTC)
    rows = [(n, text, n % 2 == 0, dt.date(2024, 1, n + 1), when, None if n == 3 else n * 1.5)
            for n, text in enumerate(TEXTS)]
    rows.append((99, "only plain text in this column?", True, dt.date(2024, 2, 1), when, 2.0))
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMPORARY TABLE copied (n integer, t text, b boolean, d date, "
                       "w timestamptz, f float8)")
        copy_rows(cursor, "copied", ["n", "t", "b", "d", "w", "f"], rows)
        cursor.execute("SELECT n, t, b, d, w, f FROM copied ORDER BY n")
        assert [tuple(row) for row in cursor.fetchall()] == rows


def test_a_column_of_plain_values_and_one_of_text_to_escape():
    rows = [(1, "a"), (2, "b\tc")]
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMPORARY TABLE copied2 (n integer, t text)")
        copy_rows(cursor, "copied2", ["n", "t"], rows)
        copy_rows(cursor, "copied2", ["n", "t"], [])
        cursor.execute("SELECT n, t FROM copied2 ORDER BY n")
        assert cursor.fetchall() == rows
