"""Throughput of ``manage.py import_standards`` over a whole catalogue.

Run from the project root, against the configured database:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/epa_bench .venv/bin/python \\
        bench/import_standards.py [--standards 500] [--versions 2]

It generates ``--standards`` standards of ``--versions`` versions each (default 500 x 2 = 1,000
standard versions) in the Skills England standards API format (GUID ids, ``detail`` texts,
``isThisACoreDuty`` 0/1, option objects, ``minimumHoursForCompliance`` as a string), each
version with 30 knowledge, 20 skill and 6 behaviour statements and 12 duties (as ST0792), half
of the standards with two options; one file per standard in a temporary directory. It then
times the import of the directory (everything created), and a second import of it (everything
unchanged). The references are ST5000 upwards and the LARS codes 80000 upwards: it refuses to run
if any of them is in the database, and deletes all it created at the end. The aim: 1,000
standard versions in under a minute.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

FIRST_REFERENCE, FIRST_LARS = 5000, 80000
AIM_SECONDS = 60.0


def guid(*parts) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join(str(p) for p in parts)))


def record(n: int, minor: int) -> dict:
    """Standard ``n`` version ``1.minor`` as the standards API publishes it."""
    reference = f"ST{FIRST_REFERENCE + n:04d}"
    options = [{"optionId": guid(reference, "option", i), "title": f"Option {i}"}
               for i in (1, 2)] if n % 2 else []
    kinds = (("knowledges", "knowledgeId", "K", 30), ("skills", "skillId", "S", 20),
             ("behaviours", "behaviourId", "B", 6))
    lists = {key: [{id_key: guid(reference, minor, prefix, i),
                    "detail": f"{prefix}{i}: Statement {i} of {reference} version 1.{minor}."}
                   for i in range(1, count + 1)]
             for key, id_key, prefix, count in kinds}
    duties = []
    for d in range(12):
        option = options[d % 2] if options and d >= 10 else None
        duties.append({
            "dutyId": guid(reference, minor, "duty", d),
            "dutyDetail": f"Duty {d + 1} of {reference}.",
            "isThisACoreDuty": 0 if option else 1,
            "mappedKnowledge": [k["knowledgeId"] for k in lists["knowledges"][d::12]],
            "mappedSkills": [s["skillId"] for s in lists["skills"][d::12]],
            "mappedBehaviour": [b["behaviourId"] for b in lists["behaviours"][d % 6::12]],
            "mappedOptions": [option["optionId"]] if option else [],
        })
    return {
        "referenceNumber": reference, "title": f"Bench standard {n}", "level": 2 + n % 6,
        "version": f"1.{minor}", "status": "Approved for delivery",
        "larsCode": FIRST_LARS + n, "typicalDuration": 12 + n % 24, "ePALength": 3,
        "minimumHoursForCompliance": str(187 + n % 400), "route": "Bench",
        "coreAndOptions": bool(options), "typicalJobTitles": "Bench worker|Bench lead",
        "assessmentPlanUrl": "", "options": options, "duties": duties, **lists,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--standards", type=int, default=500)
    parser.add_argument("--versions", type=int, default=2)
    args = parser.parse_args()
    _django_setup()

    from django.core.management import CommandError, call_command
    from django.db.models import Q

    from epa.standards.models import Standard, StandardVersion

    references = [f"ST{FIRST_REFERENCE + n:04d}" for n in range(args.standards)]
    lars = [FIRST_LARS + n for n in range(args.standards)]
    if Standard.objects.filter(Q(reference__in=references) | Q(lars_code__in=lars)).exists():
        print("refused: the database holds standards in the bench's range (ST5000 up, LARS "
              "80000 up); use another database", file=sys.stderr)
        return 2
    total = args.standards * args.versions
    try:
        with tempfile.TemporaryDirectory() as folder:
            for n in range(args.standards):
                path = Path(folder) / f"{references[n]}.json"
                path.write_text(json.dumps([record(n, m) for m in range(args.versions)]))
            for label in ("first import (all created)", "re-import (all unchanged)"):
                out = io.StringIO()
                began = time.perf_counter()
                try:
                    call_command("import_standards", folder, "--no-progress", stdout=out)
                except CommandError as exc:
                    print(out.getvalue()[-2000:], file=sys.stderr)
                    raise SystemExit(f"bench failed: {exc}") from exc
                seconds = time.perf_counter() - began
                print(f"{label}: {total} standard versions in {seconds:.1f} s "
                      f"({total / seconds:.0f}/s); {out.getvalue().splitlines()[-1]}")
            stored = StandardVersion.objects.filter(standard__reference__in=references).count()
            assert stored == total, (stored, total)
    finally:
        Standard.objects.filter(reference__in=references).delete()
    print(f"aim: {total} versions in under {AIM_SECONDS:.0f} s")
    return 0


def _django_setup() -> None:
    import django

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    django.setup()


if __name__ == "__main__":
    sys.exit(main())
