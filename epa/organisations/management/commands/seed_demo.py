"""Demo organisations, people and API keys for trying the API on a development database."""

from __future__ import annotations

import os
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from epa.core.actor import SYSTEM
from epa.organisations.models import (
    ROLES_BY_KIND,
    ApiKey,
    EPAOApproval,
    Membership,
    Organisation,
    OrganisationKind,
    Role,
    Scope,
)
from epa.organisations.services import api_key_create, api_key_revoke
from epa.standards.models import Standard

DEMO_PASSWORD = "epa-demo-password"
DEMO_KEY_NAME = "demo key"
DEMO_STANDARD = "ST0792"
# The order roles are listed in, per kind.
ROLE_ORDER = [Role.ADMIN, Role.ASSESSOR, Role.QUALITY_ASSURER, Role.STAFF]


@dataclass(frozen=True)
class DemoOrganisation:
    handle: str  # prefix of its users' names: epao1-assessor
    kind: str
    identifier: str  # EPAO id or UKPRN; employers have none and are found by name
    name: str


DEMO_ORGANISATIONS = [
    DemoOrganisation("epao1", OrganisationKind.EPAO, "EPA0001", "Demo Assessment One"),
    DemoOrganisation("epao2", OrganisationKind.EPAO, "EPA0002", "Demo Assessment Two"),
    DemoOrganisation("provider1", OrganisationKind.PROVIDER, "10000001", "Demo Training One"),
    DemoOrganisation("provider2", OrganisationKind.PROVIDER, "10000002", "Demo Training Two"),
    DemoOrganisation("employer1", OrganisationKind.EMPLOYER, "", "Demo Employer One"),
    DemoOrganisation("employer2", OrganisationKind.EMPLOYER, "", "Demo Employer Two"),
]


class Command(BaseCommand):
    help = (
        "Create demo data for trying the API: two EPAOs (approved for ST0792), two providers "
        "and two employers, a user for every role of each (one known password), and a new "
        f"read+write API key per organisation, printed once (earlier '{DEMO_KEY_NAME}'s are "
        "revoked). Safe to run again. Needs the standards loaded (load_standards) and "
        "DEBUG on, or --force."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--force", action="store_true",
            help="Run even though DEBUG is off. The demo users have a published password.",
        )
        parser.add_argument(
            "--base-url", default=None,
            help="Where the API is served, for the example printed at the end; default "
                 "http://$HOST:$PORT/ as `make run` serves (127.0.0.1 and 8000 when unset).",
        )

    def handle(self, *args, force: bool = False, base_url: str | None = None,
               **options) -> None:
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off: seed_demo creates users with a published password and API keys, "
                "and is meant for development databases. Run it with DEBUG=1, or pass --force "
                "if you are sure."
            )
        standard = Standard.objects.filter(reference=DEMO_STANDARD).first()
        if standard is None:
            raise CommandError(
                f"The standards catalogue is not loaded ({DEMO_STANDARD} is missing). "
                "Run `python manage.py load_standards` first."
            )
        with transaction.atomic():
            rows = [self._seed_organisation(spec, standard) for spec in DEMO_ORGANISATIONS]
        self._report(rows, (base_url or _served_at()).rstrip("/"))

    def _seed_organisation(self, spec: DemoOrganisation, standard: Standard) -> dict:
        # An EPAO or provider is found by its identifier (unique per kind); an employer, which
        # has none, by its name.
        existing = Organisation.objects.filter(kind=spec.kind, identifier=spec.identifier)
        if not spec.identifier:
            existing = existing.filter(name=spec.name)
        org = existing.order_by("pk").first()
        created = org is None
        if org is None:
            org = Organisation(kind=spec.kind, identifier=spec.identifier, name=spec.name)
            org.full_clean()
            org.save()
        if spec.kind == OrganisationKind.EPAO:
            EPAOApproval.objects.get_or_create(epao=org, standard=standard)

        usernames = []
        user_model = get_user_model()
        roles = [role for role in ROLE_ORDER if role in ROLES_BY_KIND[spec.kind]]
        for role in roles:
            username = f"{spec.handle}-{role}"
            user, _ = user_model.objects.get_or_create(username=username)
            user.set_password(DEMO_PASSWORD)
            user.save()
            Membership.objects.get_or_create(user=user, organisation=org, role=role)
            usernames.append(username)

        previous = ApiKey.objects.filter(organisation=org, name=DEMO_KEY_NAME,
                                         revoked_at__isnull=True)
        revoked = 0
        for key in previous:
            api_key_revoke(actor=SYSTEM, key=key)
            revoked += 1
        _, raw_key = api_key_create(actor=SYSTEM, organisation=org, name=DEMO_KEY_NAME,
                                    scopes=[Scope.READ, Scope.WRITE])
        return {"spec": spec, "org": org, "created": created, "usernames": usernames,
                "revoked": revoked, "key": raw_key}

    def _report(self, rows: list[dict], base_url: str) -> None:
        out = self.stdout
        new = sum(row["created"] for row in rows)
        out.write(self.style.SUCCESS(
            f"Demo data ready: {len(rows)} organisations ({new} new, "
            f"{len(rows) - new} reused), approved EPAOs for {DEMO_STANDARD}."))
        out.write("")
        out.write(_table(
            ["handle", "id", "kind", "identifier", "name"],
            [[r["spec"].handle, str(r["org"].pk), r["org"].kind, r["org"].identifier or "-",
              r["org"].name] for r in rows],
        ))
        out.write("")
        out.write(f"Users, all with the password {DEMO_PASSWORD!r}:")
        for row in rows:
            out.write(f"  {', '.join(row['usernames'])}")
        out.write("")
        revoked = sum(r["revoked"] for r in rows)
        out.write(self.style.WARNING(
            "API keys (scopes read, write). They are shown now only: just their hash is "
            "stored." + (f" The {revoked} earlier demo keys are revoked." if revoked else "")))
        out.write(_table(["handle", "id", "API key"],
                         [[r["spec"].handle, str(r["org"].pk), r["key"]] for r in rows]))
        provider_key = next(r["key"] for r in rows if r["spec"].handle == "provider1")
        out.write("")
        out.write(f"Try, with the API served on {base_url} (make run):")
        out.write(f'  curl -H "Authorization: Bearer {provider_key}" '
                  f"{base_url}/api/v1/apprenticeships/")


def _served_at() -> str:
    """Where `make run` serves: its HOST and PORT (the same variables, same defaults)."""
    host = os.environ.get("HOST") or "127.0.0.1"
    return f"http://{host}:{os.environ.get('PORT') or '8000'}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = [header, ["-" * width for width in widths], *rows]
    return "\n".join(
        "  " + "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        .rstrip()
        for line in lines
    )
