"""Throughput of the bulk apprenticeship sync (POST /api/v1/apprenticeships/sync/).

Run from the project root, against the configured database (the SQLite file by default):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/epa_bench .venv/bin/python bench/sync.py

Options: ``--records N`` (default 10,000) new apprenticeships, sent in batches of ``--batch N``
(default 1,000, at most ``SYNC_MAX_RECORDS``); ``--profile`` adds a cProfile'd pass of the HTTP
runs after the measurements and prints where the time goes.

The tables first get ``--records`` other apprenticeships of the bench (a database in use, not an
empty one). Measured, for the new records and then for a re-sync of them with 10% changed:

- the HTTP endpoint, in process through Django's test client with an API key and an
  ``Idempotency-Key`` per request, as a provider's system would call it (authentication,
  idempotency, serializers, JSON rendering), throttling off;
- the service function ``apprenticeships_sync`` called directly with validated records;
- on PostgreSQL only, the floor: a raw ``INSERT ... ON CONFLICT DO UPDATE`` of the same learner
  and apprenticeship rows with psycopg2's ``execute_values``, one commit per batch.

The bench works in its own corner of the database: it creates a provider, an employer and an
EPAO named "zz bench sync ...", an API key, and learners with ULNs from its own range
(97xxxxxxxx). It refuses to run if any of those ULNs belong to other data, and deletes all it
created at the end (leftovers of an interrupted run are deleted at the next start). It loads the
shipped standards catalogue if ST0792 1.0 is missing, and leaves it.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import sys
import time
import uuid
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

URL = "/api/v1/apprenticeships/sync/"
HOST = "127.0.0.1"
NAME_PREFIX = "zz bench sync"
PROVIDER_UKPRN = "99999801"
EPAO_IDENTIFIER = "EPA9801"
ULN_PREFIX = "97"  # the bench's learners: 97 + 7 digits + the check digit
STANDARD, MAJOR, MINOR, OPTION = "ST0792", 1, 0, "Production coordinator"
CHANGED_EVERY = 10  # the re-sync changes every 10th record
DATE_FIELDS = ("date_of_birth", "start_date", "planned_end_date")
AIM = 0.5  # the product's aim: the API rate at least half the raw rate
FIRST_START, START_DAYS = dt.date(2022, 1, 3), 1000
PLANNED_LENGTH = dt.timedelta(days=548)


class BenchRefused(Exception):
    """The database holds data the bench would touch: it does not run."""


class BenchFailed(Exception):
    """A sync did not give the expected outcomes: the figures would mean nothing."""


# -- records ------------------------------------------------------------------------------------

def bench_ulns(count: int) -> list[str]:
    """The first ``count`` valid ULNs of the bench's range (some nine-digit stems have no
    valid check digit and are skipped)."""
    from epa.learners.rules import uln_check_digit

    ulns, n = [], 0
    while len(ulns) < count:
        stem = f"{ULN_PREFIX}{n:07d}"
        check = uln_check_digit(stem)
        if check is not None:
            ulns.append(f"{stem}{check}")
        n += 1
    return ulns


def json_record(index: int, uln: str, employer_id: int, epao_id: int,
                changed: bool = False) -> dict:
    """One record as a provider sends it (see ``SyncRecordSerializer``); a changed record has
    other planned hours and another family name, so both the learner and the apprenticeship
    are rewritten. Start dates spread over ``START_DAYS`` days, as a provider's do."""
    start = FIRST_START + dt.timedelta(days=index % START_DAYS)
    return {
        "uln": uln, "given_names": "Bench",
        "family_name": f"Learner {index}{' changed' if changed else ''}",
        "date_of_birth": "2001-05-06", "email": f"learner{index}@example.org",
        "standard": STANDARD, "version": f"{MAJOR}.{MINOR}", "option": OPTION,
        "employer": employer_id, "epao": epao_id,
        "start_date": start.isoformat(), "planned_end_date": (start + PLANNED_LENGTH).isoformat(),
        "planned_otj_hours": 320 if changed else 300, "has_ehc_plan": False,
    }


def validated(record: dict) -> dict:
    """The record as the serializer hands it to the service: dates parsed."""
    return {**record, **{f: dt.date.fromisoformat(record[f]) for f in DATE_FIELDS}}


def in_batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


# -- the bench's own organisations, and cleaning up ---------------------------------------------

@dataclass
class Setup:
    provider: object
    employer: object
    epao: object
    api_key: str
    ulns: list[str]  # the measured records' learners
    actor: object  # the key's, for the service path


def bench_organisations():
    from epa.organisations.models import Organisation

    return Organisation.objects.filter(name__startswith=NAME_PREFIX)


def analyze() -> None:
    """On PostgreSQL, reclaim deleted rows and refresh the planner's statistics, so that each
    run starts from the same state."""
    from django.db import connection

    from epa.api.models import IdempotencyRecord
    from epa.core.models import AuditEvent
    from epa.learners.models import Apprenticeship, Learner

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for model in (Learner, Apprenticeship, IdempotencyRecord, AuditEvent):
                cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


def delete_bench_rows(ulns: list[str] | None = None) -> None:
    """The apprenticeships of the bench's organisations, their history and their learners (only
    the learners with ``ulns`` when given), and the bench's idempotency records. Every learner
    with a bench ULN is the bench's: see ``set_up``."""
    from epa.api.models import IdempotencyRecord
    from epa.core.models import AuditEvent
    from epa.learners.models import Apprenticeship, Learner

    org_ids = list(bench_organisations().values_list("pk", flat=True))
    if ulns is None:
        learner_ids = list(Apprenticeship.objects.filter(provider_id__in=org_ids)
                           .values_list("learner_id", flat=True).distinct())
    else:
        learner_ids = [pk for chunk in in_batches(ulns, 1000)
                       for pk in Learner.objects.filter(uln__in=chunk).values_list("pk", flat=True)]
    for chunk in in_batches(learner_ids, 1000):
        apprenticeships = Apprenticeship.objects.filter(provider_id__in=org_ids,
                                                        learner_id__in=chunk)
        AuditEvent.objects.filter(stream__in=[
            f"apprenticeship:{pk}" for pk in apprenticeships.values_list("pk", flat=True)]
        ).delete()
        apprenticeships.delete()
        Learner.objects.filter(pk__in=chunk, apprenticeships__isnull=True).delete()
    IdempotencyRecord.objects.filter(scope__in=[f"org:{pk}" for pk in org_ids]).delete()


def clean_up() -> None:
    """Everything the bench created: rows, then organisations (with their key and approval)."""
    from epa.core.models import AuditEvent

    delete_bench_rows()
    AuditEvent.objects.filter(stream__in=[
        f"organisation:{pk}" for pk in bench_organisations().values_list("pk", flat=True)]
    ).delete()
    bench_organisations().delete()


def set_up(ulns: list[str], background: list[str], batch_size: int) -> Setup:
    """The bench's organisations and key, and ``background`` apprenticeships already stored.

    The background stands for a database in use: PostgreSQL plans the foreign-key checks of a
    connection once, and on tables whose statistics say "empty" it plans them as sequential
    scans, which makes a bulk load into an empty table slow down as it grows.
    """
    from django.core.management import call_command

    from epa.core.actor import SYSTEM
    from epa.learners.models import Learner
    from epa.learners.sync import apprenticeships_sync
    from epa.organisations.access import actor_for_api_key
    from epa.organisations.models import EPAOApproval, Organisation, OrganisationKind
    from epa.organisations.services import api_key_create
    from epa.standards.models import Standard, StandardVersion

    if not StandardVersion.objects.filter(standard__reference=STANDARD, major=MAJOR,
                                          minor=MINOR).exists():
        call_command("load_standards", stdout=io.StringIO())
    clean_up()  # what an interrupted run left, if anything
    for chunk in in_batches(ulns + background, 1000):
        taken = Learner.objects.filter(uln__in=chunk).first()
        if taken is not None:
            raise BenchRefused(
                f"The database already has a learner with ULN {taken.uln}, in the range the "
                f"bench uses ({ULN_PREFIX}xxxxxxxx); the bench does not touch other data. Use a "
                "database of its own.")
    for kind, identifier in ((OrganisationKind.PROVIDER, PROVIDER_UKPRN),
                             (OrganisationKind.EPAO, EPAO_IDENTIFIER)):
        if Organisation.objects.filter(kind=kind, identifier=identifier).exists():
            raise BenchRefused(f"An organisation ({kind}) already has the identifier "
                               f"{identifier} the bench uses. Use a database of its own.")

    provider = Organisation.objects.create(kind=OrganisationKind.PROVIDER,
                                           identifier=PROVIDER_UKPRN,
                                           name=f"{NAME_PREFIX} provider")
    employer = Organisation.objects.create(kind=OrganisationKind.EMPLOYER,
                                           name=f"{NAME_PREFIX} employer")
    epao = Organisation.objects.create(kind=OrganisationKind.EPAO, identifier=EPAO_IDENTIFIER,
                                       name=f"{NAME_PREFIX} EPAO")
    EPAOApproval.objects.create(epao=epao, standard=Standard.objects.get(reference=STANDARD))
    key, raw_key = api_key_create(actor=SYSTEM, organisation=provider,
                                  name=f"{NAME_PREFIX} key", scopes=["read", "write"])
    actor = actor_for_api_key(key)
    records = [validated(json_record(len(ulns) + i, uln, employer.pk, epao.pk))
               for i, uln in enumerate(background)]
    for batch in in_batches(records, batch_size):
        apprenticeships_sync(actor=actor, provider_id=provider.pk, records=batch)
    analyze()
    return Setup(provider, employer, epao, raw_key, ulns, actor)


# -- the three ways in ----------------------------------------------------------------------------

@dataclass
class Run:
    path: str
    run: str
    records: int
    seconds: float | None = None
    queries: int | None = None

    @property
    def rate(self) -> float | None:
        return self.records / self.seconds if self.seconds else None


def measure(batches: list, send, summarise, expected: Counter) -> tuple[float, int]:
    """Seconds spent in ``send`` over all batches, and the SQL queries of the last batch.
    ``summarise`` (not timed) turns what ``send`` returned into outcome counts, which must
    add up to ``expected``."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    seconds, totals, queries = 0.0, Counter(), CaptureQueriesContext(connection)
    for number, batch in enumerate(batches, start=1):
        with queries if number == len(batches) else nullcontext():
            start = time.perf_counter()
            answer = send(batch)
            seconds += time.perf_counter() - start
        totals.update(summarise(answer))
    totals = +totals  # drop zero counts
    if totals != expected:
        raise BenchFailed(f"expected outcomes {dict(expected)}, got {dict(totals)}")
    return seconds, len(queries.captured_queries)


def http_client(setup: Setup):
    from django.test import Client

    return Client(headers={"Authorization": f"Bearer {setup.api_key}"}, SERVER_NAME=HOST)


def http_send(client):
    def send(body: bytes):
        return client.post(URL, data=body, content_type="application/json",
                           headers={"Idempotency-Key": str(uuid.uuid4())})
    return send


def http_summary(response) -> dict:
    if response.status_code != 200:
        raise BenchFailed(f"the sync answered {response.status_code}: "
                          f"{response.content[:500]!r}")
    return response.json()["summary"]


def service_send(setup: Setup):
    from epa.learners.sync import apprenticeships_sync

    def send(records: list[dict]):
        return apprenticeships_sync(actor=setup.actor, provider_id=setup.provider.pk,
                                    records=records)
    return send


def service_summary(results) -> Counter:
    return Counter(result.outcome.value for result in results)


def raw_connection():
    """A psycopg2 connection of its own to the configured database."""
    import psycopg2
    from django.db import connection

    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    return psycopg2.connect(**params)


def raw_upsert(pg, setup: Setup, batches: list[list[dict]]) -> float:
    """Upsert each batch's learners, then its apprenticeships, with ``execute_values`` and
    commit: two statements and a commit a batch. Table and column names come from the models.
    Returns the seconds taken."""
    from django.db import connection
    from psycopg2.extras import execute_values

    from epa.learners.models import Apprenticeship, ApprenticeshipStatus, Learner
    from epa.standards.models import Option, StandardVersion

    version = StandardVersion.objects.get(standard__reference=STANDARD, major=MAJOR,
                                          minor=MINOR)
    option = Option.objects.get(version=version, title=OPTION)
    quote = connection.ops.quote_name

    def upsert_sql(model, fields, conflict, keep, returning=""):
        columns = [model._meta.get_field(f).column for f in (*fields, "created_at", "updated_at")]
        key = [model._meta.get_field(f).column for f in conflict]
        updated = [c for c in columns if c not in key and c not in keep]
        return (f"INSERT INTO {quote(model._meta.db_table)} "
                f"({', '.join(quote(c) for c in columns)}) VALUES %s "
                f"ON CONFLICT ({', '.join(quote(c) for c in key)}) DO UPDATE SET "
                + ", ".join(f"{quote(c)} = EXCLUDED.{quote(c)}" for c in updated)
                + returning)

    learner_fields = ("uln", "given_names", "family_name", "date_of_birth", "email")
    learner_sql = upsert_sql(
        Learner, learner_fields, conflict=["uln"], keep={"created_at"},
        returning=f" RETURNING {quote('uln')}, {quote('id')}")
    apprenticeship_fields = ("learner", "standard", "standard_version", "option", "provider",
                             "employer", "epao", "start_date", "planned_end_date",
                             "planned_otj_hours", "has_ehc_plan", "status")
    apprenticeship_sql = upsert_sql(
        Apprenticeship, apprenticeship_fields, conflict=["provider", "learner", "standard"],
        keep={"created_at", "status"})  # as the sync, a re-sync keeps the status
    template = lambda n: f"({', '.join(['%s'] * n)}, now(), now())"  # noqa: E731

    seconds = 0.0
    with pg.cursor() as cursor:
        for batch in batches:
            start = time.perf_counter()
            learner_ids = dict(execute_values(
                cursor, learner_sql, [tuple(r[f] for f in learner_fields) for r in batch],
                template=template(len(learner_fields)), page_size=len(batch), fetch=True))
            execute_values(
                cursor, apprenticeship_sql,
                [(learner_ids[r["uln"]], version.standard_id, version.pk, option.pk,
                  setup.provider.pk, r["employer"], r["epao"], r["start_date"],
                  r["planned_end_date"], r["planned_otj_hours"], r["has_ehc_plan"],
                  ApprenticeshipStatus.IN_TRAINING.value) for r in batch],
                template=template(len(apprenticeship_fields)), page_size=len(batch))
            pg.commit()
            seconds += time.perf_counter() - start
    return seconds


# -- the runs -------------------------------------------------------------------------------------

HTTP_PATH = f"HTTP POST {URL}"
SERVICE_PATH = "service apprenticeships_sync()"
RAW_PATH = "raw psycopg2 upsert"


def run_all(setup: Setup, batch_size: int, profile: bool) -> tuple[list[Run], str]:
    """The runs, and with ``profile`` the profile of an extra pass of the HTTP runs."""
    from django.db import connection

    employer, epao = setup.employer.pk, setup.epao.pk
    count = len(setup.ulns)
    new = [json_record(i, uln, employer, epao) for i, uln in enumerate(setup.ulns)]
    changed = [json_record(i, uln, employer, epao, changed=i % CHANGED_EVERY == 0)
               for i, uln in enumerate(setup.ulns)]
    n_changed = sum(1 for i in range(count) if i % CHANGED_EVERY == 0)
    expect_new = Counter(created=count)
    expect_resync = +Counter(updated=n_changed, unchanged=count - n_changed)
    # Bodies are encoded before the clock starts: the client's work is not the server's.
    bodies = {name: [json.dumps({"records": b}).encode() for b in in_batches(records, batch_size)]
              for name, records in (("new", new), ("re-sync", changed))}
    service_batches = {name: [[validated(r) for r in b] for b in in_batches(records, batch_size)]
                       for name, records in (("new", new), ("re-sync", changed))}

    def reset() -> None:  # back to the background only
        delete_bench_rows(setup.ulns)
        analyze()

    client = http_client(setup)
    # Warm up (imports, first key use, query compilation), then start from the background.
    http_summary(http_send(client)(bodies["new"][0]))
    service_send(setup)(service_batches["re-sync"][0])
    reset()

    runs = []
    for path, send, summarise, batches in (
            (HTTP_PATH, http_send(client), http_summary, bodies),
            (SERVICE_PATH, service_send(setup), service_summary, service_batches)):
        for name, expected in (("new", expect_new), ("re-sync", expect_resync)):
            seconds, queries = measure(batches[name], send, summarise, expected)
            runs.append(Run(path, name, count, seconds, queries))
        reset()

    if connection.vendor == "postgresql":
        pg = raw_connection()
        try:
            raw_batches = {name: in_batches([validated(r) for r in records], batch_size)
                           for name, records in (("new", new), ("re-sync", changed))}
            for name in ("new", "re-sync"):
                runs.append(Run(RAW_PATH, name, count, raw_upsert(pg, setup, raw_batches[name]),
                                queries=2))
        finally:
            pg.close()
        reset()
    else:
        runs += [Run(RAW_PATH, name, count) for name in ("new", "re-sync")]

    report = ""
    if profile:
        profiler = cProfile.Profile()
        send = http_send(client)
        for name, expected in (("new", expect_new), ("re-sync", expect_resync)):
            profiler.enable()
            measure(bodies[name], send, http_summary, expected)
            profiler.disable()
        reset()
        report = profile_report(profiler)
    return runs, report


# -- output ---------------------------------------------------------------------------------------

def print_table(runs: list[Run], records: int, batch: int) -> None:
    from django.db import connection

    raw = {r.run: r.rate for r in runs if r.path == RAW_PATH}
    database = connection.settings_dict["NAME"]
    print(f"\nBulk sync: {records:,} records in batches of {batch:,} on {connection.vendor} "
          f"({database}), {records:,} apprenticeships already stored\n")
    header = (f"{'path':<40} {'run':<8} {'records/s':>10} {'seconds':>8} "
              f"{'queries/batch':>14} {'rate/raw':>9}")
    print(header)
    print("-" * len(header))
    for r in runs:
        if r.seconds is None:
            print(f"{r.path:<40} {r.run:<8} {'skipped: needs PostgreSQL':>43}")
            continue
        ratio = f"{r.rate / raw[r.run]:.2f}" if raw.get(r.run) else "n/a"
        print(f"{r.path:<40} {r.run:<8} {r.rate:>10,.0f} {r.seconds:>8.3f} "
              f"{r.queries:>14} {ratio:>9}")
    print(f"\nre-sync: the same records, every {CHANGED_EVERY}th changed (learner and "
          "apprenticeship). rate/raw: records/s over the raw upsert's.\nqueries/batch: the "
          "last batch's (HTTP: one more when the key's last use is recorded, once a minute).")
    if all(raw.values()) and raw:
        http = {r.run: r.rate / raw[r.run] for r in runs if r.path == HTTP_PATH}
        verdict = "meets" if min(http.values()) >= AIM else "BELOW"
        print(f"Aim (HTTP rate >= {AIM} x raw): new {http['new']:.2f}, re-sync "
              f"{http['re-sync']:.2f}: {verdict} the aim.")


def profile_report(profiler: cProfile.Profile, top: int = 30) -> str:
    out = io.StringIO()
    print("\nProfile of an extra pass of the HTTP runs (new and re-sync), by own time:", file=out)
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    print("By cumulative time:", file=out)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


# -- entry point ----------------------------------------------------------------------------------

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from django.conf import settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000,
                        help="apprenticeships to sync (default 10,000)")
    parser.add_argument("--batch", type=int, default=1_000,
                        help="records per request (default 1,000)")
    parser.add_argument("--profile", action="store_true",
                        help="also profile the HTTP runs and print the top costs")
    args = parser.parse_args(argv)
    if args.records < 1:
        parser.error("--records must be at least 1")
    if not 1 <= args.batch <= settings.SYNC_MAX_RECORDS:
        parser.error(f"--batch must be 1 to SYNC_MAX_RECORDS ({settings.SYNC_MAX_RECORDS})")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the bench with Django set up; returns the exit status."""
    from django.conf import settings
    from django.test import override_settings

    args = parse_args(argv)
    ulns = bench_ulns(2 * args.records)  # the measured records' learners, then the background
    # No throttling; DEBUG off as in production (no query log); the test client's host allowed.
    with override_settings(EPA_THROTTLE_RATES={}, DEBUG=False,
                           ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, HOST]):
        try:
            setup = set_up(ulns[:args.records], ulns[args.records:], args.batch)
            runs, profile = run_all(setup, args.batch, args.profile)
        except BenchRefused as exc:
            print(f"Refused: {exc}", file=sys.stderr)
            return 2
        finally:
            clean_up()
    print_table(runs, args.records, args.batch)
    print(profile, end="")
    return 0


def _django_setup() -> None:
    """For running as a script: the project on the path, and the base settings with DEBUG=1
    (so no SECRET_KEY is needed) unless the environment says otherwise."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()


if __name__ == "__main__":
    _django_setup()
    sys.exit(main())
