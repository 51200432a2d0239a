"""Certificates and DfE-facade helpers: a plan graded with merit, a certificate body, the
facade's client and request items."""

from __future__ import annotations

import itertools

from tests.support.plans import example_body

CERTIFICATES = "/api/v1/certificates/"
DFE = "/api/dfe/v1/"
MERIT_SCALE = "fail_pass_merit_distinction"
RANK = ["fail", "pass", "merit", "distinction"]


def merit_plan_body(owner_id: int) -> dict:
    """The example plan, owned by ``owner_id``, with both methods graded fail/pass/merit/
    distinction: a merit criterion each (PRM1, PDM1), and the overall grade the lower of the
    two methods' grades."""
    body = example_body()
    body["owner"] = owner_id
    body["title"] = "Merit plan for ST0792"
    for method, code in zip(body["methods"], ("PRM1", "PDM1"), strict=True):
        method["grade_scale"] = MERIT_SCALE
        method["criteria"].append({"code": code, "band": "merit", "ksbs": [],
                                   "descriptor": "Works to a merit standard."})
    body["matrix"] = [
        {"method_grades": {"M1": m1, "M2": m2},
         "overall_grade": min(m1, m2, key=RANK.index)}
        for m1, m2 in itertools.product(RANK, RANK)]
    return body


def create_merit_plan(world) -> dict:
    response = world.client("epao1-admin").post(
        "/api/v1/assessment-plans/", merit_plan_body(world.orgs["epao1"].pk), format="json")
    assert response.status_code == 201, response.json()
    return response.json()


CONTACT = {"contact_name": "Alex Jones", "department": "HR",
           "organisation": "Example Employer plc", "address_line1": "1 High Street",
           "city": "Coventry", "postcode": "CV1 2WT"}


def certificate_body(apprenticeship: int, **overrides) -> dict:
    return {"apprenticeship": apprenticeship, "achievement_date": "2026-01-15",
            "option": "Production coordinator", **CONTACT, **overrides}


def dfe_postal_contact(**overrides) -> dict:
    return {"contactName": "Alex Jones", "department": "HR",
            "organisation": "Example Employer plc", "addressLine1": "1 High Street",
            "city": "Coventry", "postCode": "CV1 2WT", **overrides}


def dfe_learner_part(uln: str, family_name: str = "Lovelace") -> dict:
    return {"uln": int(uln), "familyName": family_name}
