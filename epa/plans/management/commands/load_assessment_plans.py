from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from epa.core.errors import RuleViolation
from epa.plans.loaders import PlanFileError, shipped_plans
from epa.plans.services import plan_load


class Command(BaseCommand):
    help = ("Load the assessment plans that ship with the project (the EXAMPLE plan for "
            "ST0792 1.0). Run after load_standards. Idempotent.")

    def handle(self, *args, **options) -> None:
        try:
            with transaction.atomic():
                for data in shipped_plans():
                    plan, outcome = plan_load(data=data)
                    self.stdout.write(f"{plan.standard_version} plan v{plan.version}: {outcome}")
        except (PlanFileError, RuleViolation) as exc:
            raise CommandError(f"Shipped assessment plan is invalid: {exc}") from exc
