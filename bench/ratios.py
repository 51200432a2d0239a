"""The ratios of the API to the database, side by side in one run (``make bench``).

Run from the project root against the configured PostgreSQL (``DATABASE_URL``):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/epa_bench .venv/bin/python bench/ratios.py

It stores ``--apprenticeships`` (20,000) apprenticeships of its own provider (the set-up of
``bench/sync.py``: its own organisations, API key and ULN range, all deleted at the end), starts
gunicorn with 2 sync workers on a free local port (settings ``bench.settings``: the API plus the
bare baseline views of ``bench/urls.py``, no throttling), and then, ``--rounds`` times, measures
interleaved (each request of one kind followed by one of every other kind, the order rotating
each round):

- ``GET /api/v1/apprenticeships/?page_size=100`` with the provider's key, against a bare DRF view
  on the same server answering the same 100 rows' columns from one ``.values()`` query;
- ``GET /api/v1/standards/ST0792/ksbs/`` (56 rows, anonymous), against a bare view of the KSB rows;
- the list's page at 90% depth (reached by following the cursors; ``?page=`` on a server that
  pages by number) against its first page;
- a bulk sync over HTTP of ``--batch`` (1,000) new records, then of the same records again with
  every 10th changed, against the floor: psycopg2 ``execute_values`` ``INSERT ... ON CONFLICT DO
  UPDATE ... WHERE (columns) IS DISTINCT FROM EXCLUDED`` (an upsert that skips unchanged rows) of
  the learners, then of the apprenticeships (one statement each, joined to the learners by ULN),
  and ``COPY`` into a temporary table followed by the same two upserts from it; a commit per batch.
  Each round syncs ``--syncs`` (3) batches on each path, taking turns, and takes the medians.

Before the rounds, the workers are warmed up (measured is the steady state, not a worker's
first request): four requests of each GET kind, and ``WARM_UP_SYNCS`` batches of other records,
each synced twice.

Each ratio is computed per round (medians of that round's requests) and the run prints the
median over the rounds with the range. Speed ratios are "API speed / baseline speed": 0.5x means
the API answers in twice the baseline's time. The machine is shared: compare ratios, not times.
"""

from __future__ import annotations

import argparse
import http.client
import io
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
LIST_URL = "/api/v1/apprenticeships/"
KSB_URL = "/api/v1/standards/ST0792/ksbs/"
BARE_LIST_URL = "/bench/bare/apprenticeships/"
BARE_KSB_URL = "/bench/bare/standards/ST0792/ksbs/"
SYNC_URL = "/api/v1/apprenticeships/sync/"
PAGE_SIZE = 100
DEPTH = 0.9
WARM_UP_SYNCS = 4  # batches synced before the rounds, so that both workers have synced
AIMS = {"list": ("ge", 0.5), "ksbs": ("ge", 0.5), "sync new": ("ge", 0.5),
        "sync re-sync": ("ge", 0.5), "depth": ("le", 2.0)}


# -- the server ---------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def database_url() -> str:
    """The URL of the database this process uses (under the tests, the test database), for the
    server to use the same."""
    from urllib.parse import quote

    from django.db import connection

    db = connection.settings_dict
    auth = quote(db["USER"] or "", safe="") + (
        f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else "")
    return (f"postgres://{auth}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/"
            f"{quote(db['NAME'], safe='')}")


def start_server(port: int, workers: int = 2) -> subprocess.Popen:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings",
           "DATABASE_URL": database_url()}
    env.setdefault("SECRET_KEY", "bench-only")
    # The request log lines (epa.request, one per request) would bury the figures: warnings
    # only, unless LOG_LEVEL says otherwise.
    env.setdefault("LOG_LEVEL", "WARNING")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--worker-class", "sync",
         "--bind", f"{HOST}:{port}", "--log-level", "warning", "config.wsgi"],
        cwd=ROOT, env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if request(port, "GET", "/healthz")[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not answer /healthz within 30 s")


def request(port: int, method: str, url: str, *, key: str | None = None,
            body: bytes | None = None, headers: dict | None = None) -> tuple[int, bytes, float]:
    """One request on a new connection (gunicorn's sync workers close each one); the status,
    the body and the seconds from sending to the last byte read."""
    all_headers = {"Host": HOST, **(headers or {})}
    if key:
        all_headers["Authorization"] = f"Bearer {key}"
    if body is not None:
        all_headers["Content-Type"] = "application/json"
    connection = http.client.HTTPConnection(HOST, port, timeout=120)
    try:
        start = time.perf_counter()
        connection.request(method, url, body=body, headers=all_headers)
        response = connection.getresponse()
        data = response.read()
        return response.status, data, time.perf_counter() - start
    finally:
        connection.close()


def timed_get(port: int, url: str, key: str | None = None) -> float:
    status, data, seconds = request(port, "GET", url, key=key)
    if status != 200:
        raise RuntimeError(f"GET {url} answered {status}: {data[:300]!r}")
    return seconds


def deep_page_url(port: int, key: str, rows: int) -> str:
    """The list's URL of the page at ``DEPTH`` of ``rows``: by cursor, following the API's own
    cursors with big pages; by page number on a server that pages by number."""
    depth_rows = int(rows * DEPTH)
    first = json.loads(request(port, "GET", f"{LIST_URL}?page_size={PAGE_SIZE}", key=key)[1])
    if "count" in first:  # page-number pagination
        return f"{LIST_URL}?page_size={PAGE_SIZE}&page={depth_rows // PAGE_SIZE + 1}"
    walked, cursor, step = 0, None, 500
    while walked < depth_rows:
        size = min(step, depth_rows - walked)
        query = f"page_size={size}" + (f"&cursor={cursor}" if cursor else "")
        page = json.loads(request(port, "GET", f"{LIST_URL}?{query}", key=key)[1])
        walked += len(page["results"])
        cursor = page["next_cursor"]
    return f"{LIST_URL}?page_size={PAGE_SIZE}&cursor={cursor}"


# -- sync: the API and the floors ---------------------------------------------------------------

def sync_over_http(port: int, key: str, records: list[dict], expected: dict) -> float:
    body = json.dumps({"records": records}).encode()
    status, data, seconds = request(port, "POST", SYNC_URL, key=key, body=body,
                                    headers={"Idempotency-Key": str(uuid.uuid4())})
    if status != 200:
        raise RuntimeError(f"sync answered {status}: {data[:300]!r}")
    summary = {k: v for k, v in json.loads(data)["summary"].items() if v}
    if summary != expected:
        raise RuntimeError(f"sync: expected {expected}, got {summary}")
    return seconds


LEARNER_COLUMNS = ("given_names", "family_name", "date_of_birth", "email")
APPRENTICESHIP_COLUMNS = ("employer_id", "epao_id", "start_date", "planned_end_date",
                          "planned_otj_hours", "has_ehc_plan")
TEMP_COLUMNS = ("uln text, given_names text, family_name text, date_of_birth date, email text, "
                "employer_id bigint, epao_id bigint, start_date date, planned_end_date date, "
                "planned_otj_hours integer, has_ehc_plan boolean")


@dataclass
class Floor:
    """The raw upserts: learners, then apprenticeships joined to them by ULN, each skipping
    unchanged rows."""

    standard_id: int
    version_id: int
    option_id: int
    provider_id: int
    sql: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        from epa.learners.models import Apprenticeship, Learner

        learners = Learner._meta.db_table
        apprenticeships = Apprenticeship._meta.db_table
        set_learner = ", ".join(f"{c} = EXCLUDED.{c}" for c in (*LEARNER_COLUMNS, "updated_at"))
        all_apprenticeship = ("standard_version_id", "option_id", *APPRENTICESHIP_COLUMNS)
        set_apprenticeship = ", ".join(f"{c} = EXCLUDED.{c}"
                                       for c in (*all_apprenticeship, "updated_at"))

        def distinct(table: str, columns) -> str:
            return (f"({', '.join(f'{table}.{c}' for c in columns)}) IS DISTINCT FROM "
                    f"({', '.join(f'EXCLUDED.{c}' for c in columns)})")

        learner_tail = (f"ON CONFLICT (uln) DO UPDATE SET {set_learner} "
                        f"WHERE {distinct(learners, LEARNER_COLUMNS)}")
        apprenticeship_head = (
            f"INSERT INTO {apprenticeships} (learner_id, standard_id, standard_version_id, "
            f"option_id, provider_id, {', '.join(APPRENTICESHIP_COLUMNS)}, status, created_at, "
            f"updated_at) SELECT l.id, {self.standard_id}, {self.version_id}, {self.option_id}, "
            f"{self.provider_id}, {', '.join(f'v.{c}' for c in APPRENTICESHIP_COLUMNS)}, "
            f"'in_training', now(), now() ")
        apprenticeship_tail = (
            f"ON CONFLICT (provider_id, learner_id, standard_id) DO UPDATE SET "
            f"{set_apprenticeship} WHERE {distinct(apprenticeships, all_apprenticeship)}")
        self.sql = {
            "values_learners": (
                f"INSERT INTO {learners} (uln, {', '.join(LEARNER_COLUMNS)}, created_at, "
                f"updated_at) VALUES %s {learner_tail}"),
            "values_apprenticeships": (
                f"{apprenticeship_head} FROM (VALUES %s) AS v(uln, "
                f"{', '.join(APPRENTICESHIP_COLUMNS)}) JOIN {learners} l ON l.uln = v.uln "
                f"{apprenticeship_tail}"),
            "copy_learners": (
                f"INSERT INTO {learners} (uln, {', '.join(LEARNER_COLUMNS)}, created_at, "
                f"updated_at) SELECT uln, {', '.join(LEARNER_COLUMNS)}, now(), now() "
                f"FROM bench_sync {learner_tail}"),
            "copy_apprenticeships": (
                f"{apprenticeship_head} FROM bench_sync v JOIN {learners} l ON l.uln = v.uln "
                f"{apprenticeship_tail}"),
        }

    def execute_values(self, pg, records: list[dict]) -> float:
        from psycopg2.extras import execute_values

        start = time.perf_counter()
        with pg.cursor() as cursor:
            execute_values(cursor, self.sql["values_learners"],
                           [(r["uln"], *(r.get(c) or "" for c in LEARNER_COLUMNS))
                            for r in records],
                           template="(%s, %s, %s, %s::date, %s, now(), now())",
                           page_size=len(records))
            execute_values(cursor, self.sql["values_apprenticeships"],
                           [(r["uln"], r["employer"], r["epao"], r["start_date"],
                             r["planned_end_date"], r["planned_otj_hours"], r["has_ehc_plan"])
                            for r in records],
                           template="(%s, %s::bigint, %s::bigint, %s::date, %s::date, "
                                    "%s::integer, %s::boolean)",
                           page_size=len(records))
        pg.commit()
        return time.perf_counter() - start

    def copy(self, pg, records: list[dict]) -> float:
        start = time.perf_counter()
        buffer = io.StringIO()
        for r in records:
            buffer.write("\t".join(_copy_text(v) for v in (
                r["uln"], r["given_names"], r["family_name"], r["date_of_birth"],
                r.get("email") or "", r["employer"], r["epao"], r["start_date"],
                r["planned_end_date"], r["planned_otj_hours"], r["has_ehc_plan"])) + "\n")
        buffer.seek(0)
        with pg.cursor() as cursor:
            cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS bench_sync ({TEMP_COLUMNS}) "
                           "ON COMMIT DELETE ROWS")
            cursor.copy_expert("COPY bench_sync FROM STDIN", buffer)
            cursor.execute(self.sql["copy_learners"])
            cursor.execute(self.sql["copy_apprenticeships"])
        pg.commit()
        return time.perf_counter() - start


def _copy_text(value) -> str:
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


# -- the rounds ---------------------------------------------------------------------------------

@dataclass
class Figures:
    ratios: dict[str, list[float]] = field(default_factory=dict)
    rates: dict[str, list[float]] = field(default_factory=dict)

    def add(self, kind: dict, name: str, value: float) -> None:
        kind.setdefault(name, []).append(value)


def run(args) -> Figures:
    from bench.sync import (
        CHANGED_EVERY,
        bench_ulns,
        clean_up,
        json_record,
        raw_connection,
        set_up,
    )
    from epa.standards.models import Option, StandardVersion

    sync_sets = 3 * args.rounds * args.syncs  # API, execute_values, COPY per sample
    ulns = bench_ulns(args.apprenticeships + (sync_sets + WARM_UP_SYNCS) * args.batch)
    background, measured = ulns[:args.apprenticeships], ulns[args.apprenticeships:]
    measured, warm_up = measured[:sync_sets * args.batch], measured[sync_sets * args.batch:]
    print(f"Setting up {args.apprenticeships:,} apprenticeships...", file=sys.stderr)
    setup = set_up(measured, background, 1000)
    figures = Figures()
    server = None
    pg = raw_connection()
    try:
        version = StandardVersion.objects.get(standard__reference="ST0792", major=1, minor=0)
        floor = Floor(standard_id=version.standard_id, version_id=version.pk,
                      option_id=Option.objects.get(version=version,
                                                   title="Production coordinator").pk,
                      provider_id=setup.provider.pk)
        port = args.port or free_port()
        server = start_server(port)
        key = setup.api_key
        employer, epao = setup.employer.pk, setup.epao.pk
        targets = {
            "list": (f"{LIST_URL}?page_size={PAGE_SIZE}", key),
            "bare list": (f"{BARE_LIST_URL}?provider={setup.provider.pk}&page_size={PAGE_SIZE}",
                          key),
            "ksbs": (KSB_URL, None),
            "bare ksbs": (BARE_KSB_URL, None),
            "deep": (deep_page_url(port, key, args.apprenticeships), key),
        }
        for url, who in targets.values():  # warm up every worker
            for _ in range(4):
                timed_get(port, url, who)
        # And the sync path of every worker (its first sync imports and prepares what the
        # others reuse, some 150 ms): batches of other new records, each sent twice.
        for offset in range(WARM_UP_SYNCS):
            chunk = [json_record(i, uln, employer, epao) for i, uln in
                     enumerate(warm_up[offset * args.batch:(offset + 1) * args.batch])]
            sync_over_http(port, key, chunk, {"created": len(chunk)})
            sync_over_http(port, key, chunk, {"unchanged": len(chunk)})
        sets = iter(range(sync_sets))

        def records(changed: bool, offset: int) -> list[dict]:
            chunk = measured[offset * args.batch:(offset + 1) * args.batch]
            return [json_record(i, uln, employer, epao, changed=changed and i % CHANGED_EVERY == 0)
                    for i, uln in enumerate(chunk)]

        n_changed = len([i for i in range(args.batch) if i % CHANGED_EVERY == 0])
        expected = {False: {"created": args.batch},
                    True: {"updated": n_changed, "unchanged": args.batch - n_changed}}
        for number in range(args.rounds):
            print(f"Round {number + 1} of {args.rounds}...", file=sys.stderr)
            names = list(targets)
            names = names[number % len(names):] + names[:number % len(names)]
            times: dict[str, list[float]] = {name: [] for name in names}
            for _ in range(args.requests):
                for name in names:
                    times[name].append(timed_get(port, *targets[name]))
            median = {name: statistics.median(values) for name, values in times.items()}
            figures.add(figures.ratios, "list", median["bare list"] / median["list"])
            figures.add(figures.ratios, "ksbs", median["bare ksbs"] / median["ksbs"])
            figures.add(figures.ratios, "depth", median["deep"] / median["list"])
            for name in ("list", "bare list", "ksbs", "bare ksbs", "deep"):
                figures.add(figures.rates, f"{name} req/s", 1 / median[name])

            synced: dict[tuple[str, str], list[float]] = {}
            for sample in range(args.syncs):
                api_set, values_set, copy_set = next(sets), next(sets), next(sets)
                paths = [
                    ("api", lambda r, again: sync_over_http(port, key, r, expected[again]),
                     api_set),
                    ("execute_values", lambda r, _: floor.execute_values(pg, _validated(r)),
                     values_set),
                    ("copy", lambda r, _: floor.copy(pg, _validated(r)), copy_set),
                ]
                turn = (number + sample) % 3
                paths = paths[turn:] + paths[:turn]
                for resync in (False, True):
                    for name, send, offset in paths:
                        synced.setdefault(("re-sync" if resync else "new", name), []).append(
                            send(records(resync, offset), resync))
            for run_name in ("new", "re-sync"):
                seconds = {name: statistics.median(synced[(run_name, name)])
                           for name in ("api", "execute_values", "copy")}
                figures.add(figures.ratios, f"sync {run_name}",
                            seconds["execute_values"] / seconds["api"])
                figures.add(figures.ratios, f"sync {run_name} vs COPY",
                            seconds["copy"] / seconds["api"])
                for name, value in seconds.items():
                    figures.add(figures.rates, f"sync {run_name} {name} rec/s",
                                args.batch / value)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        pg.close()
        clean_up()
    return figures


def _validated(records: list[dict]) -> list[dict]:
    from bench.sync import validated

    return [validated(r) for r in records]


# -- output -------------------------------------------------------------------------------------

ROWS = [
    ("list", "GET /api/v1/apprenticeships/?page_size=100 (provider key) vs bare .values() view"),
    ("ksbs", "GET /api/v1/standards/ST0792/ksbs/ (anonymous) vs bare KSB rows view"),
    ("sync new", "sync over HTTP, 1,000 new records vs raw execute_values upsert"),
    ("sync new vs COPY", "  the same vs COPY into a temporary table + upsert"),
    ("sync re-sync", "re-sync, 10% changed vs raw upsert skipping unchanged rows"),
    ("sync re-sync vs COPY", "  the same vs COPY + upsert skipping unchanged rows"),
    ("depth", "list page at 90% depth vs page 1"),
]


def spread(values: list[float], digits: int = 2) -> str:
    return (f"{statistics.median(values):.{digits}f}x "
            f"[{min(values):.{digits}f}-{max(values):.{digits}f}]")


def report(figures: Figures, args) -> str:
    out = io.StringIO()
    print(f"\nRatios over {args.rounds} interleaved rounds ({args.requests} requests of each "
          f"kind and {args.syncs} syncs of each path a round; {args.apprenticeships:,} "
          "apprenticeships; gunicorn, 2 sync workers); "
          "median [min-max]:\n", file=out)
    header = f"{'what':<82} {'ratio':>20} {'aim':>7}  met"
    print(header, file=out)
    print("-" * len(header), file=out)
    for name, label in ROWS:
        values = figures.ratios.get(name)
        if not values:
            continue
        aim = AIMS.get(name)
        verdict = aim_text = ""
        if aim is not None:
            kind, bound = aim
            value = statistics.median(values)
            ok = value >= bound if kind == "ge" else value <= bound
            aim_text = f"{'>=' if kind == 'ge' else '<='} {bound}"
            verdict = "yes" if ok else "NO"
        print(f"{label:<82} {spread(values):>20} {aim_text:>7}  {verdict}", file=out)
    print("\nRates (median [min-max] over the rounds):", file=out)
    for name, values in figures.rates.items():
        print(f"  {name:<40} {spread(values, 0).replace('x', '')}", file=out)
    return out.getvalue()


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apprenticeships", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=10, help="of each kind a round")
    parser.add_argument("--batch", type=int, default=1_000, help="records per sync request")
    parser.add_argument("--syncs", type=int, default=3,
                        help="sync samples of each path (new, then re-synced) a round")
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    from django.db import connection

    args = parse_args(argv)
    if connection.vendor != "postgresql":
        print("The ratios need PostgreSQL: set DATABASE_URL.", file=sys.stderr)
        return 2
    from bench.sync import BenchRefused

    try:
        figures = run(args)
    except BenchRefused as exc:
        print(f"Refused: {exc}", file=sys.stderr)
        return 2
    print(report(figures, args), end="")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from bench.sync import _django_setup

    _django_setup()
    sys.exit(main())
