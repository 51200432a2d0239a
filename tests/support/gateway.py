"""The gateway steps over HTTP: an apprenticeship ready for it, opened, submitted, reviewed."""

from __future__ import annotations

from epa.standards.models import Option
from epa.standards.selectors import ksbs_for_option

APPRENTICESHIPS = "/api/v1/apprenticeships/"

ENGLISH_AND_MATHS = [
    {"subject": "english", "level": 2, "qualification_type": "gcse", "achieved_on": "2016-08-20"},
    {"subject": "maths", "level": 2, "qualification_type": "gcse", "achieved_on": "2016-08-20"},
]


READY_FACTS = {"gateway_date": "2025-10-01", "contracted_hours_per_week": "37.5",
               "off_the_job_hours": "500",
               # 23 at the start, gateway after 2025-02-11: exempt, and the decision recorded
               "english_maths_exemption_evidence": "Training plan v2, section 4"}


def new_apprenticeship(world, dob="2000-12-10", start="2024-09-01", end="2026-03-01",
                    achievements=None, uln_seed="100000001", **overrides) -> int:
    payload = world.apprenticeship_payload(
        uln_seed=uln_seed, start_date=start, planned_end_date=end,
        achievements=ENGLISH_AND_MATHS if achievements is None else achievements, **overrides)
    payload["learner"]["date_of_birth"] = dob
    response = world.client("provider1-admin").post(APPRENTICESHIPS, payload, format="json")
    assert response.status_code == 201, response.json()
    return response.json()["id"]


def gateway_url(pk: int, tail: str = "") -> str:
    return f"{APPRENTICESHIPS}{pk}/gateway/{tail}"


def evaluate_gateway(world, pk: int, gateway_date: str, who="provider1-admin") -> dict:
    response = world.client(who).get(gateway_url(pk, "evaluation/"), {"gateway_date": gateway_date})
    assert response.status_code == 200, response.json()
    return {c["component"]: c for c in response.json()["components"]}


def option_ksb_codes(title="Production coordinator") -> list[str]:
    option = Option.objects.get(title=title)
    return list(ksbs_for_option(version=option.version, option=option)
                .values_list("code", flat=True))


def open_ready_gateway(world, pk: int, who="provider1-admin", ksbs=None) -> dict:
    """Open the gateway and record everything the provider gives."""
    client = world.client(who)
    opened = client.post(gateway_url(pk), READY_FACTS, format="json")
    assert opened.status_code == 201, opened.json()
    evidence = client.post(gateway_url(pk, "evidence/"), {
        "title": "Production schedule and call sheets", "description": "Season 2 shoot",
        "reference": "https://files.example.org/p/1", "evidence_date": "2025-06-01",
        "ksbs": ksbs if ksbs is not None else option_ksb_codes()}, format="json")
    assert evidence.status_code == 201, evidence.json()
    declared = client.post(gateway_url(pk, "declaration/"),
                           {"declaration": "Ready for the EPA."}, format="json")
    assert declared.status_code == 200, declared.json()
    return declared.json()


def review_all(world, pk: int, reject: dict | None = None, who="epao1-admin") -> dict:
    client, body = world.client(who), None
    for component in world.client(who).get(gateway_url(pk)).json()["components"]:
        if component["status"] != "submitted":
            continue
        kind = component["component"]
        decision = ({"decision": "reject", "reason": reject[kind]} if reject and kind in reject
                    else {"decision": "accept"})
        response = client.post(gateway_url(pk, f"components/{kind}/review/"), decision,
                               format="json")
        assert response.status_code == 200, response.json()
        body = response.json()
    return body
