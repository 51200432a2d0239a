from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from epa.standards.catalogue import CatalogueError
from epa.standards.loaders import shipped_catalogue
from epa.standards.services import standard_upsert, standard_version_upsert


class Command(BaseCommand):
    help = "Load the standards that ship with the project (ST0792 1.0, ST0525). Idempotent."

    def handle(self, *args, **options) -> None:
        try:
            standards, versions = shipped_catalogue()
            with transaction.atomic():
                for data in standards:
                    standard, outcome = standard_upsert(data=data)
                    self.stdout.write(f"{standard.reference}: {outcome}")
                for data in versions:
                    version, outcome = standard_version_upsert(data=data)
                    self.stdout.write(f"{version}: {outcome}")
        except CatalogueError as exc:
            raise CommandError(f"Shipped catalogue data is invalid: {exc}") from exc
