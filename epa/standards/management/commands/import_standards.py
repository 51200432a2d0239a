import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from epa.standards.catalogue import CatalogueError
from epa.standards.loaders import (
    SKILLS_ENGLAND_FIELD_NAMES,
    parse_skills_england_record,
    records_from_json,
)
from epa.standards.services import standard_version_upsert


class Command(BaseCommand):
    help = (
        "Import standard versions in the Skills England standards API JSON format: one record "
        "or an array, from a file or '-' for standard input. All records are checked before "
        "any is written; nothing is imported if one is invalid. Re-importing changes nothing."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("source", help="Path of a JSON file, or '-' for standard input.")

    def handle(self, *args, source: str, **options) -> None:
        try:
            if source == "-":
                payload = json.load(sys.stdin)
            else:
                with open(source, encoding="utf-8") as handle:
                    payload = json.load(handle)
        except OSError as exc:
            raise CommandError(f"Cannot read {source}: {exc}") from exc
        except json.JSONDecodeError as exc:
            raise CommandError(f"{source} is not valid JSON: {exc}") from exc

        parsed = []
        for index, record in enumerate(records_from_json(payload)):
            try:
                parsed.append(parse_skills_england_record(record))
            except CatalogueError as exc:
                raise CommandError(_describe(index, record, exc)) from exc

        with transaction.atomic():
            for index, (record, data) in enumerate(zip(records_from_json(payload), parsed,
                                                       strict=True)):
                try:
                    version, outcome = standard_version_upsert(data=data)
                except CatalogueError as exc:
                    raise CommandError(_describe(index, record, exc)) from exc
                self.stdout.write(f"{version}: {outcome}")


def _describe(index: int, record, exc: CatalogueError) -> str:
    reference = record.get("referenceNumber") if isinstance(record, dict) else None
    version = record.get("version") if isinstance(record, dict) else None
    name = f"record {index}" + (f" ({reference} v{version})" if reference else "")
    field = SKILLS_ENGLAND_FIELD_NAMES.get(exc.field, exc.field)
    return f"{name}: field {field}: {exc.message} [{exc.code}]"
