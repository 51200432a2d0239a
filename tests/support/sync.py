"""Records for bulk sync, and valid ULNs in bulk."""

from __future__ import annotations

from epa.learners.rules import uln_check_digit
from tests.support.world import make_uln


def uln_seed(n: int) -> str:
    return f"1{n:08d}"


def valid_ulns(count: int, start: int = 1) -> list[str]:

    ulns, n = [], start
    while len(ulns) < count:
        if uln_check_digit(uln_seed(n)) is not None:
            ulns.append(make_uln(uln_seed(n)))
        n += 1
    return ulns


def sync_record(world, uln: str, **overrides) -> dict:
    data = {
        "uln": uln, "given_names": "Sam", "family_name": "Jones",
        "date_of_birth": "2001-05-06", "email": "", "standard": "ST0792", "version": "1.0",
        "option": "Production coordinator", "employer": world.orgs["employer1"].pk,
        "epao": world.orgs["epao1"].pk, "start_date": "2024-09-01",
        "planned_end_date": "2026-03-01", "planned_otj_hours": 300, "has_ehc_plan": False,
    }
    data.update(overrides)
    return data


SYNC_URL = "/api/v1/apprenticeships/sync/"
