"""Builders for the life cycle's end: ST0525 in the catalogue, an apprentice past the gateway
for any provider, and an EPA taken to a released result."""

from __future__ import annotations

import datetime as dt

from epa.standards.models import Standard, StandardStatus, StandardVersion
from tests.support.epa import assess, release, withdraw
from tests.support.gateway import (
    APPRENTICESHIPS,
    gateway_url,
    new_apprenticeship,
    open_ready_gateway,
    review_all,
)


def st0525_version() -> StandardVersion:
    """A version of ST0525 (the shipped catalogue holds only its stub)."""
    return StandardVersion.objects.create(
        standard=Standard.objects.get(reference="ST0525"), major=1, minor=0,
        status=StandardStatus.APPROVED, approved_on=dt.date(2020, 1, 1))


def passed_gateway(world, uln_seed: str, provider: str = "provider1",
                   employer: str = "employer1") -> int:
    """A new apprenticeship of ``provider``/``employer`` (EPAO epao1) whose gateway passed."""
    payload = world.apprenticeship_payload(provider=provider, employer=employer,
                                           uln_seed=uln_seed, achievements=[])
    created = world.client(f"{provider}-admin").post(APPRENTICESHIPS, payload, format="json")
    assert created.status_code == 201, created.json()
    pk = created.json()["id"]
    open_ready_gateway(world, pk, who=f"{provider}-admin")
    assert world.client(f"{provider}-admin").post(gateway_url(pk, "submit/")).status_code == 200
    world.client(f"{employer}-admin").post(gateway_url(pk, "sign-off/"),
                                           {"declaration": "Ready."}, format="json")
    assert review_all(world, pk)["status"] == "passed"
    return pk


def released(world, pk: int, m1: str, m2: str) -> dict:
    """The first attempt assessed (``m1``, ``m2``) and released."""
    return release(world, assess(world, pk, m1, m2)["id"])


def seed_results(world) -> dict:
    """Three results of epao1 this quarter: provider1's pass (which progresses to ST0525) and
    fail, and provider2's pass; and a withdrawal of provider1's. Needs the example plan."""
    st0525_version()
    achiever = passed_gateway(world, "100000001")
    released(world, achiever, "distinction", "pass")
    progressed = world.client("provider1-admin").post(
        f"{APPRENTICESHIPS}{achiever}/progress/", {
            "standard_version": "ST0525/1.0", "employer": world.orgs["employer1"].pk,
            "start_date": "2026-09-01", "planned_end_date": "2028-03-01",
            "planned_otj_hours": 500, "prior_learning_hours": 100}, format="json")
    assert progressed.status_code == 201, progressed.json()
    failer = passed_gateway(world, "100000002")
    released(world, failer, "fail", "pass")
    other = passed_gateway(world, "100000003", provider="provider2", employer="employer2")
    released(world, other, "pass", "pass")
    leaver = new_apprenticeship(world, uln_seed="100000004")
    assert withdraw(world, leaver, reason="redundancy").status_code == 200
    return {"achiever": achiever, "failer": failer, "other": other}
