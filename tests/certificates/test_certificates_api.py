"""Certificate requests over HTTP: from a released merit to a submitted certificate, the
rules, the roles, tenancy."""

from __future__ import annotations

import pytest

from epa.learners.models import Apprenticeship
from tests.support.certificates import CERTIFICATES, certificate_body, create_merit_plan
from tests.support.epa import assess, release
from tests.support.gateway import APPRENTICESHIPS

pytestmark = pytest.mark.django_db


@pytest.fixture
def merit(world, passed) -> int:
    """An apprenticeship whose EPA, graded by a merit plan, released a merit."""
    create_merit_plan(world)
    detail = assess(world, passed, "merit", "merit")
    released = release(world, detail["id"])
    assert released["overall_grade"] == "merit" and released["dfe_grade"] == "Merit"
    assert released["outcome"] == "pass"
    assert Apprenticeship.objects.get(pk=passed).status == "achieved"
    return passed


def test_released_merit_to_submitted_certificate(world, merit):
    admin = world.client("epao1-admin")
    created = admin.post(CERTIFICATES, certificate_body(merit), format="json")
    assert created.status_code == 201, created.json()
    body = created.json()
    assert body["overall_grade"] == "Merit"  # the released result's DfE grade
    assert body["status"] == "ready"
    assert body["reference"] == f"{merit:08d}"
    assert body["standard_reference"] == "ST0792" and body["standard_version"] == "1.0"
    assert body["family_name"] == "Lovelace" and body["provider_ukprn"] == "10000001"
    submitted = admin.post(f"{CERTIFICATES}{body['id']}/submit/")
    assert submitted.status_code == 200, submitted.json()
    assert submitted.json()["status"] == "submitted"
    assert Apprenticeship.objects.get(pk=merit).status == "certificate_requested"
    # the provider and employer read it; the history shows each step
    for who in ("provider1-admin", "employer1-staff"):
        seen = world.client(who).get(f"{CERTIFICATES}{body['id']}/")
        assert seen.status_code == 200 and seen.json()["status"] == "submitted"
    history = admin.get(f"{CERTIFICATES}{body['id']}/history/").json()["events"]
    assert [e["action"] for e in history] == ["certificate_created", "certificate_submitted"]
    # a submitted certificate is neither changed nor deleted
    assert admin.patch(f"{CERTIFICATES}{body['id']}/", {"city": "Leeds"},
                       format="json").json()["errors"][0]["code"] == "certificate_not_draft"
    assert admin.delete(f"{CERTIFICATES}{body['id']}/").json()["errors"][0]["code"] == \
        "certificate_submitted"


def test_draft_until_complete_then_ready(world, merit):
    admin = world.client("epao1-admin")
    body = certificate_body(merit)
    del body["postcode"]
    created = admin.post(CERTIFICATES, body, format="json").json()
    assert created["status"] == "draft"
    refused = admin.post(f"{CERTIFICATES}{created['id']}/submit/")
    assert refused.status_code == 409 and refused.json()["errors"][0]["code"] == \
        "certificate_incomplete"
    changed = admin.patch(f"{CERTIFICATES}{created['id']}/", {"postcode": "CV1 2WT"},
                          format="json")
    assert changed.status_code == 200 and changed.json()["status"] == "ready"


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"overall_grade": "Fail"}, "overall_grade", "invalid_choice"),
    ({"achievement_date": "2099-01-01"}, "achievement_date", "date_in_future"),
    ({"achievement_date": "2024-08-01"}, "achievement_date", "before_learning_start"),
    ({"achievement_date": "2016-12-31"}, "achievement_date", "date_before_2017"),
    ({"postcode": "NOT A CODE"}, "postcode", "invalid_postcode"),
    ({"option": "Post production coordinator"}, "option", "option_mismatch"),
    ({"family_name": "Byron"}, "family_name", "family_name_mismatch"),
])
def test_rules_name_the_field(world, merit, change, field, code):
    response = world.client("epao1-admin").post(CERTIFICATES, certificate_body(merit, **change),
                                                 format="json")
    assert response.status_code == 400, response.json()
    assert {(e["attr"], e["code"]) for e in response.json()["errors"]} >= {(field, code)}


def test_one_certificate_per_apprenticeship_and_deleted_comes_back(world, merit):
    admin = world.client("epao1-admin")
    first = admin.post(CERTIFICATES, certificate_body(merit), format="json").json()
    again = admin.post(CERTIFICATES, certificate_body(merit), format="json")
    assert again.status_code == 409 and again.json()["errors"][0]["code"] == \
        "certificate_exists"
    assert admin.delete(f"{CERTIFICATES}{first['id']}/").status_code == 204
    assert Apprenticeship.objects.get(pk=merit).status == "achieved"
    back = admin.post(CERTIFICATES, certificate_body(merit, overall_grade="Distinction"),
                      format="json")
    assert back.status_code == 201 and back.json()["reference"] == first["reference"]
    assert back.json()["overall_grade"] == "Distinction"


def test_a_certificate_needs_a_pass(world, passed):
    response = world.client("epao1-admin").post(CERTIFICATES, certificate_body(passed),
                                                 format="json")
    assert response.status_code == 409
    assert response.json()["errors"][0]["code"] == "no_pass_outcome"


@pytest.mark.parametrize(("who", "status"), [
    ("provider1-admin", 403), ("employer1-admin", 403), ("epao1-assessor", 404),
    ("epao1-quality_assurer", 403), ("epao2-admin", 404), ("provider2-admin", 404),
])
def test_only_the_epao_admin_writes(world, merit, who, status):
    response = world.client(who).post(CERTIFICATES, certificate_body(merit), format="json")
    assert response.status_code == status, response.json()


def test_other_tenants_do_not_see_certificates(world, merit):
    created = world.client("epao1-admin").post(CERTIFICATES, certificate_body(merit),
                                               format="json").json()
    for who in ("epao2-admin", "provider2-admin", "employer2-admin", "epao1-assessor"):
        assert world.client(who).get(f"{CERTIFICATES}{created['id']}/").status_code == 404
        assert world.client(who).get(CERTIFICATES).json()["count"] == 0
    assert world.client("epao2-admin").post(f"{CERTIFICATES}{created['id']}/submit/") \
        .status_code == 404


def test_sandbox_accepts_a_uln_failing_the_check_digit(world, settings):
    """DfE's fixture ULN 1234567890 fails the modulus-11 check: refused unless ULN_SANDBOX."""
    def create():
        payload = world.apprenticeship_payload()
        payload["learner"]["uln"] = "1234567890"
        return world.client("provider1-admin").post(APPRENTICESHIPS, payload, format="json")

    refused = create()
    assert refused.status_code == 400
    assert refused.json()["errors"][0]["code"] == "invalid_uln_check_digit"
    settings.ULN_SANDBOX = True
    assert create().status_code == 201


def test_the_list_runs_in_a_constant_number_of_queries(world, merit, django_assert_num_queries):
    world.client("epao1-admin").post(CERTIFICATES, certificate_body(merit), format="json")
    client = world.client("provider1-admin")
    client.get(CERTIFICATES)  # warm the caller's session
    # the caller's memberships, the page (with its certificates' details); no count while the
    # first page holds the whole list
    with django_assert_num_queries(2) as captured:
        response = client.get(CERTIFICATES)
    assert response.json()["count"] == 1, [q["sql"] for q in captured.captured_queries]
