"""Memory of the results CSV export (GET /api/v1/reports/results/?format=csv): constant in the
number of rows, because the rows are read through a server-side cursor a chunk at a time and
written to the response as the client reads.

Run from the project root against PostgreSQL (a database of its own is simplest):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/epa_bench \
        .venv/bin/python bench/results_export.py

Options: ``--rows N`` (default 100,000) results in all; ``--small N`` (default 10,000) the first
measurement. The bench migrates the database, loads the shipped catalogue if ST0792 is missing,
and creates in its own corner an EPAO, a provider and an employer named "zz bench export" with
learners of ULN prefix 96, one directly recorded pass per apprenticeship; it deletes them at the
end (and leftovers of an interrupted run at the start).

Measured, through the real view (Django's test client, an EPAO admin's session), consuming the
streamed body line by line without keeping it: the peak of Python allocations (``tracemalloc``)
for ``--small`` rows and for ``--rows`` rows. Then, for contrast, the same rows built as one list
in memory (what a non-streamed export would hold).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from epa.assessments.models import Assessment, AssessmentKind, AssessmentStatus  # noqa: E402
from epa.core.actor import Actor, Grant  # noqa: E402
from epa.learners.models import Apprenticeship, Learner  # noqa: E402
from epa.organisations.models import Membership, Organisation, Role  # noqa: E402
from epa.reports import selectors  # noqa: E402
from epa.standards.models import StandardVersion  # noqa: E402

NAME = "zz bench export"
ULN_PREFIX = "96"
BATCH = 5000


def _clean() -> None:
    orgs = Organisation.objects.filter(name__startswith=NAME)
    Assessment.objects.filter(apprenticeship__provider__in=orgs).delete()
    Apprenticeship.objects.filter(provider__in=orgs).delete()
    Learner.objects.filter(uln__startswith=ULN_PREFIX).delete()
    Membership.objects.filter(organisation__in=orgs).delete()
    orgs.delete()
    get_user_model().objects.filter(username=f"{NAME} admin").delete()


def _seed(total: int, user) -> None:
    version = StandardVersion.objects.select_related("standard").get(
        standard__reference="ST0792", major=1, minor=0)
    option = version.options.first()
    epao = Organisation.objects.get(name=f"{NAME} epao")
    provider = Organisation.objects.get(name=f"{NAME} provider")
    employer = Organisation.objects.get(name=f"{NAME} employer")
    have = Assessment.objects.filter(apprenticeship__provider=provider).count()
    day = dt.date.today()
    for start in range(have, total, BATCH):
        n = min(BATCH, total - start)
        learners = Learner.objects.bulk_create(
            Learner(uln=f"{ULN_PREFIX}{i:08d}", given_names="Bench", family_name=f"Row {i}",
                    date_of_birth=dt.date(2000, 1, 1)) for i in range(start, start + n))
        apprenticeships = Apprenticeship.objects.bulk_create(
            Apprenticeship(learner=learner, standard=version.standard, standard_version=version,
                           option=option, provider=provider, employer=employer, epao=epao,
                           start_date=dt.date(2024, 1, 1), planned_end_date=dt.date(2025, 6, 1),
                           status="achieved") for learner in learners)
        Assessment.objects.bulk_create(
            Assessment(apprenticeship=a, number=1, kind=AssessmentKind.FIRST,
                       status=AssessmentStatus.RELEASED, window_starts=day, window_ends=day,
                       overall_grade="pass", outcome="pass", outcome_date=day,
                       dfe_grade="Pass", recorded_directly=True) for a in apprenticeships)


def _stream_peak(client: Client) -> tuple[int, int, float]:
    """(rows, peak bytes, seconds) of one streamed export, read line by line."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    began = time.perf_counter()
    response = client.get("/api/v1/reports/results/", {"format": "csv"})
    assert response.status_code == 200 and response.streaming
    lines = sum(1 for _ in response.streaming_content) - 1  # less the header
    seconds = time.perf_counter() - began
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return lines, peak, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=10_000)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    if not StandardVersion.objects.filter(standard__reference="ST0792").exists():
        call_command("load_standards", verbosity=0)
    _clean()
    try:
        for kind in ("epao", "provider", "employer"):
            Organisation.objects.create(name=f"{NAME} {kind}", kind=kind, identifier={
                "epao": "EPA9601", "provider": "99999601", "employer": ""}[kind])
        user = get_user_model().objects.create_user(f"{NAME} admin")
        Membership.objects.create(user=user, organisation=Organisation.objects.get(
            name=f"{NAME} epao"), role=Role.ADMIN)
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(user)
        results = []
        for total in (args.small, args.rows):
            began = time.perf_counter()
            _seed(total, user)
            print(f"seeded {total:,} results in {time.perf_counter() - began:.0f} s", flush=True)
            rows, peak, seconds = _stream_peak(client)
            results.append((rows, peak))
            print(f"streamed CSV: {rows:,} rows, peak Python memory {peak / 2**20:.1f} MiB, "
                  f"{seconds:.1f} s", flush=True)
        tracemalloc.start()
        actor = Actor(grants=(Grant(Organisation.objects.get(name=f"{NAME} epao").pk, "epao",
                                    Role.ADMIN),), scopes=frozenset({"read"}))
        built = list(selectors.result_rows(selectors.results(actor, selectors.Filters())))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"for contrast, the {len(built):,} rows built as a list: peak "
              f"{peak / 2**20:.1f} MiB")
        (small_rows, small_peak), (big_rows, big_peak) = results
        print(f"streamed peak for {big_rows:,} rows is {big_peak / small_peak:.2f}x that for "
              f"{small_rows:,} rows ({big_rows / small_rows:.0f}x the rows)")
    finally:
        _clean()


if __name__ == "__main__":
    main()
