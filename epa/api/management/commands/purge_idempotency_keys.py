from django.core.management.base import BaseCommand

from epa.api.idempotency import purge_expired


class Command(BaseCommand):
    help = ("Delete expired Idempotency-Key records (kept IDEMPOTENCY_KEY_TTL). Each keyed "
            "request also deletes a few; run this daily to keep the table small.")

    def handle(self, *args, **options) -> None:
        deleted = purge_expired()
        self.stdout.write(f"Deleted {deleted} expired idempotency record(s).")
