"""`manage.py import_standards`: the Skills England standards API JSON format.

One file, a directory of files (each one record or an array), or '-' for standard input. The
records are grouped by standard; each standard is checked and written in a transaction of its
own, so a bad record refuses its standard and never blocks the others.
"""

import json
import sys
from collections import defaultdict
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from epa.standards.catalogue import CatalogueError
from epa.standards.loaders import (
    SKILLS_ENGLAND_FIELD_NAMES,
    parse_skills_england_record,
    records_from_json,
)
from epa.standards.models import parse_version
from epa.standards.services import standard_version_upsert


class Command(BaseCommand):
    help = (
        "Import standard versions in the Skills England standards API JSON format from a file, "
        "a directory of *.json files, or '-' for standard input (each one record or an array). "
        "Each standard is imported in its own transaction: a refused record refuses its "
        "standard only, with the reason. Prints one line per standard and a total; exits 1 when "
        "anything was refused. Re-importing changes nothing; a version in use never changes."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("source", help="A JSON file, a directory of them, or '-' for stdin.")
        parser.add_argument("--no-progress", action="store_true",
                            help="Do not draw the progress line on standard error.")

    def handle(self, *args, source: str, no_progress: bool = False, **options) -> None:
        by_standard: dict[str, list[tuple[str, int, object]]] = defaultdict(list)
        for name, payload in _payloads(source):
            for index, record in enumerate(records_from_json(payload)):
                reference = record.get("referenceNumber") if isinstance(record, dict) else None
                by_standard[str(reference or f"{name} record {index}")].append(
                    (name, index, record))

        progress = _Progress(len(by_standard), enabled=not no_progress)
        totals: dict[str, int] = defaultdict(int)
        for done, reference in enumerate(sorted(by_standard), start=1):
            progress.show(done, reference)
            lines, refused = _import_standard(by_standard[reference])
            for outcome, line in lines:
                totals[outcome] += 1
                progress.clear()
                self.stdout.write(line)
            totals["refused_standards"] += refused
        progress.clear()
        summary = (f"{len(by_standard)} standard(s): {totals['created']} version(s) created, "
                   f"{totals['updated']} updated, {totals['unchanged']} unchanged, "
                   f"{totals['refused']} refused")
        self.stdout.write(summary)
        if totals["refused"]:
            raise CommandError(f"{totals['refused_standards']} standard(s) refused; the others "
                               "were imported.")


def _import_standard(items: list) -> tuple[list[tuple[str, str]], int]:
    """Parse and write one standard's records in one transaction; ``(outcome, line)`` each."""
    parsed = []
    for name, index, record in items:
        try:
            parsed.append((parse_skills_england_record(record), name, index, record))
        except CatalogueError as exc:
            return [("refused", f"{_describe(name, index, record, exc)}: refused")], 1
    # Oldest first, so each new version carries forward from the one before it.
    parsed.sort(key=lambda item: parse_version(item[0].version))
    lines = []
    try:
        with transaction.atomic():
            for data, name, index, record in parsed:
                try:
                    version, outcome = standard_version_upsert(data=data)
                except CatalogueError as exc:
                    raise _Refused(_describe(name, index, record, exc)) from exc
                lines.append((str(outcome), f"{version}: {outcome}"))
    except _Refused as exc:
        return [("refused", f"{exc}: refused, nothing of this standard written")], 1
    return lines, 0


class _Refused(Exception):
    pass


def _payloads(source: str):
    """``(name, parsed JSON)`` for the file, each *.json file of the directory, or stdin."""
    if source == "-":
        paths = [None]
    else:
        path = Path(source)
        if path.is_dir():
            paths = sorted(path.rglob("*.json"))
            if not paths:
                raise CommandError(f"{source} holds no .json file.")
        else:
            paths = [path]
    for path in paths:
        name = "stdin" if path is None else str(path)
        try:
            payload = json.load(sys.stdin) if path is None else json.loads(
                path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise CommandError(f"Cannot read {name}: {exc}") from exc
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CommandError(f"{name} is not valid JSON: {exc}") from exc
        yield name, payload


class _Progress:
    """One line on standard error, redrawn in place, when it is a terminal.

    A counter is all a single pass over the standards needs; it costs no dependency.
    """

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and sys.stderr.isatty()

    def show(self, done: int, reference: str) -> None:
        if self.enabled:
            width = 30
            filled = width * done // max(self.total, 1)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] "
                             f"{done}/{self.total} {reference:<12}")
            sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def _describe(name: str, index: int, record, exc: CatalogueError) -> str:
    reference = record.get("referenceNumber") if isinstance(record, dict) else None
    version = record.get("version") if isinstance(record, dict) else None
    where = f"{name} record {index}" if name != "stdin" else f"record {index}"
    label = f"{reference} v{version}" if reference else where
    field = SKILLS_ENGLAND_FIELD_NAMES.get(exc.field, exc.field)
    return f"{label} ({where}): field {field}: {exc.message} [{exc.code}]"
