"""The DfE-compatible surface, tried as an EPAO's existing DfE integration would: a learner
assessed here read back through it, one assessed elsewhere taken through it alone, batches."""

from __future__ import annotations

import pytest

from epa.learners.models import Apprenticeship
from tests.support.certificates import (
    CERTIFICATES,
    DFE,
    certificate_body,
    create_merit_plan,
    dfe_postal_contact,
)
from tests.support.epa import assess, release
from tests.support.world import make_uln

pytestmark = pytest.mark.django_db
ULN = make_uln("100000001")


def epa_item(uln=ULN, family="Lovelace", outcome="pass", date="2026-01-10", **extra) -> dict:
    return {"requestId": "r-1", "standard": {"standardReference": "ST0792"},
            "learner": {"uln": int(uln), "familyName": family},
            "learningDetails": {"version": "1.0", "courseOption": "Production coordinator"},
            "epaDetails": {"epas": [{"epaDate": date, "epaOutcome": outcome}]}, **extra}


def certificate_item(uln=ULN, family="Lovelace", grade="Merit", **details) -> dict:
    return {"requestId": "c-1", "standard": {"standardCode": 598},
            "learner": {"uln": int(uln), "familyName": family},
            "learningDetails": {"version": "1.0", "courseOption": "Production coordinator",
                                "overallGrade": grade, "achievementDate": "2026-01-15",
                                **details},
            "postalContact": dfe_postal_contact()}


def test_released_merit_certificate_read_back_through_the_facade(world, passed):
    """Gateway, EPA graded by a merit plan, release, certificate request, submit: and the
    DfE surface shows it."""
    create_merit_plan(world)
    released = release(world, assess(world, passed, "merit", "merit")["id"])
    assert released["dfe_grade"] == "Merit"
    admin = world.client("epao1-admin")
    created = admin.post(CERTIFICATES, certificate_body(passed), format="json").json()
    assert created["overall_grade"] == "Merit"
    assert admin.post(f"{CERTIFICATES}{created['id']}/submit/").status_code == 200
    key = world.key_client("epao1")
    seen = key.get(f"{DFE}certificate/{ULN}/lovelace/ST0792")
    assert seen.status_code == 200, seen.content
    body = seen.json()
    assert body["status"] == {"currentStatus": "Submitted"}
    data = body["certificateData"]
    assert data["certificateReference"] == f"{passed:08d}"
    assert data["learningDetails"]["overallGrade"] == "Merit"
    assert data["learningDetails"]["version"] == "1.0"
    assert data["learner"] == {"uln": int(ULN), "givenNames": "Ada", "familyName": "Lovelace"}
    assert data["standard"]["standardCode"] == 598
    assert body["submitted"]["submittedBy"] == "epao1-admin"
    learner = key.get(f"{DFE}learner/{ULN}/Lovelace/598").json()
    assert learner["epaDetails"]["latestEpaOutcome"] == "Pass"
    assert learner["certificate"]["status"]["currentStatus"] == "Submitted"
    assert learner["status"] == {"completionStatus": 2}


def test_assessed_elsewhere_through_the_facade_alone(world, passed):
    key = world.key_client("epao1")
    learner = key.get(f"{DFE}learner/{ULN}/Lovelace/ST0792")
    assert learner.status_code == 200, learner.content
    assert "epaDetails" not in learner.json()
    assert learner.json()["learnerData"]["learningDetails"]["courseOption"] == \
        "Production coordinator"
    # a fail, then a resit pass through PUT with the whole history
    recorded = key.post(f"{DFE}epa", [epa_item(outcome="fail", date="2025-12-01")],
                        format="json")
    assert recorded.status_code == 200
    assert recorded.json() == [{"requestId": "r-1", "epaReference": f"{passed:08d}",
                                "validationErrors": []}]
    assert Apprenticeship.objects.get(pk=passed).status == "result_confirmed"
    history = epa_item(epaReference=f"{passed:08d}")
    history["epaDetails"]["epas"] = [{"epaDate": "2025-12-01", "epaOutcome": "FAIL"},
                                     {"epaDate": "2026-01-10", "epaOutcome": "pass",
                                      "resit": True}]
    updated = key.put(f"{DFE}epa", [history], format="json").json()
    assert updated[0]["validationErrors"] == []
    assert Apprenticeship.objects.get(pk=passed).status == "achieved"
    epa = key.get(f"{DFE}learner/{ULN}/Lovelace/ST0792").json()["epaDetails"]
    assert epa["latestEpaOutcome"] == "Pass" and epa["latestEpaDate"] == "2026-01-10T00:00:00"
    assert epa["epas"] == [{"epaDate": "2025-12-01T00:00:00", "epaOutcome": "Fail"},
                           {"epaDate": "2026-01-10T00:00:00", "epaOutcome": "Pass",
                            "resit": True}]
    # nothing to show yet
    assert key.get(f"{DFE}certificate/{ULN}/Lovelace/ST0792").status_code == 204
    created = key.post(f"{DFE}certificate", [certificate_item(grade="merit")], format="json")
    result = created.json()[0]
    assert result["validationErrors"] == [], result
    assert result["certificate"]["status"]["currentStatus"] == "Ready"
    assert result["certificate"]["certificateData"]["learningDetails"]["overallGrade"] == "Merit"
    submitted = key.post(f"{DFE}certificate/submit", [{
        "requestId": "s-1", "uln": int(ULN), "standardReference": "ST0792",
        "familyName": "Lovelace", "certificateReference": f"{passed:08d}"}], format="json")
    assert submitted.json()[0]["validationErrors"] == []
    assert submitted.json()[0]["certificate"]["status"]["currentStatus"] == "Submitted"
    assert Apprenticeship.objects.get(pk=passed).status == "certificate_requested"
    seen = key.get(f"{DFE}certificate/{ULN}/Lovelace/598").json()
    assert seen["status"]["currentStatus"] == "Submitted"
    assert seen["certificateData"]["learningDetails"]["overallGrade"] == "Merit"
    assert seen["created"]["createdBy"] == "API"
    # a submitted certificate is not deleted
    deleted = key.delete(f"{DFE}certificate/{ULN}/Lovelace/ST0792/{passed:08d}")
    assert deleted.status_code == 403
    assert deleted.json() == {"statusCode": 403,
                              "message": "Cannot delete a submitted Certificate"}


def test_delete_certificate_then_epa_record(world, passed):
    key = world.key_client("epao1")
    assert key.post(f"{DFE}epa", [epa_item()], format="json").json()[0]["validationErrors"] == []
    assert key.post(f"{DFE}certificate", [certificate_item()], format="json").json()[0][
        "validationErrors"] == []
    ref = f"{passed:08d}"
    assert key.delete(f"{DFE}certificate/{ULN}/Lovelace/ST0792/{ref}").status_code == 204
    assert key.delete(f"{DFE}certificate/{ULN}/Lovelace/ST0792/{ref}").status_code == 204
    assert key.get(f"{DFE}certificate/{ULN}/Lovelace/ST0792").status_code == 204
    assert key.delete(f"{DFE}epa/{ULN}/Lovelace/ST0792/{ref}").status_code == 204
    assert Apprenticeship.objects.get(pk=passed).status == "gateway_passed"
    assert "epaDetails" not in key.get(f"{DFE}learner/{ULN}/Lovelace/ST0792").json()


def test_batch_of_26_refused_and_nothing_processed(world, passed):
    key = world.key_client("epao1")
    response = key.post(f"{DFE}epa", [epa_item()] * 26, format="json")
    assert response.status_code == 403
    assert response.json() == {"statusCode": 403, "message": "Batch limited to 25 requests"}
    for path in ("certificate", "certificate/submit"):
        assert key.post(f"{DFE}{path}", [{}] * 26, format="json").json()["message"] == \
            "Batch limited to 25 requests"
    assert key.put(f"{DFE}certificate", [{}] * 26, format="json").status_code == 403
    assert Apprenticeship.objects.get(pk=passed).status == "gateway_passed"
    assert key.post(f"{DFE}epa", [], format="json").json() == []


def test_each_item_answered_in_order(world, passed):
    key = world.key_client("epao1")
    results = key.post(f"{DFE}epa", [epa_item(family="Byron"), epa_item()], format="json").json()
    assert results[0] == {"requestId": "r-1",
                          "validationErrors": ["ULN, FamilyName and Standard not found."]}
    assert results[1]["validationErrors"] == []


@pytest.mark.parametrize("body", ['{"broken', '{"not": "a list"}', "[1]",
                                  '[{"learner": {"uln": "x"}}]',
                                  '[{"learner": {"uln": null}}]'])
def test_malformed_input(world, body):
    response = world.key_client("epao1").generic("POST", f"{DFE}epa", body,
                                                 content_type="application/json")
    assert response.status_code == 403
    assert response.json()["message"] == (
        "Your request contains invalid input. Please ensure it matches the swagger definition "
        "and try again.")


def test_grades_and_options(world):
    key = world.key_client("epao1")
    assert key.get(f"{DFE}certificate/grades").json() == [
        "Pass", "Credit", "Merit", "Distinction", "Pass with excellence", "Outstanding",
        "No grade awarded"]
    expected = {"standardCode": 598, "standardReference": "ST0792", "version": "1.0",
                "courseOption": ["Production coordinator", "Post production coordinator"]}
    assert expected in key.get(f"{DFE}standards/options").json()
    for path in ("standards/options/ST0792", "standard/options/598",
                 "standards/options/ST0792/1.0"):
        assert key.get(f"{DFE}{path}").json() == expected
    assert key.get(f"{DFE}standards/options/ST9999").status_code == 404
    assert key.get(f"{DFE}standards/options/ST0792/9.9").status_code == 404


def test_other_epaos_learners_are_not_found(world, passed):
    """Tenancy: an apprenticeship naming epao1 is unknown to epao2 (approved for ST0792 too)."""
    key = world.key_client("epao1")
    key.post(f"{DFE}epa", [epa_item()], format="json")
    key.post(f"{DFE}certificate", [certificate_item()], format="json")
    other = world.key_client("epao2")
    assert other.get(f"{DFE}learner/{ULN}/Lovelace/ST0792").json() == {
        "statusCode": 403, "message": "ULN, FamilyName and Standard not found"}
    assert other.get(f"{DFE}certificate/{ULN}/Lovelace/ST0792").json()["message"] == \
        "Cannot find apprentice with the specified Uln, FamilyName & Standard"
    assert other.post(f"{DFE}epa", [epa_item()], format="json").json()[0][
        "validationErrors"] == ["ULN, FamilyName and Standard not found."]
    assert other.delete(f"{DFE}certificate/{ULN}/Lovelace/ST0792/{passed:08d}").json()[
        "message"] == "ULN, FamilyName and Standard not found"
    assert other.post(f"{DFE}certificate/submit", [{
        "uln": int(ULN), "standardCode": 598, "familyName": "Lovelace",
        "certificateReference": f"{passed:08d}"}], format="json").json()[0][
        "validationErrors"] == ["ULN, FamilyName and Standard not found"]


@pytest.mark.parametrize(("who", "status"), [("provider1-admin", 403), ("employer1-admin", 403),
                                             ("epao1-assessor", 403)])
def test_only_an_epao_admin_or_key_uses_it(world, passed, who, status):
    response = world.client(who).get(f"{DFE}learner/{ULN}/Lovelace/ST0792")
    assert response.status_code == status
    assert response.json() == {"statusCode": 403, "message": "Specified UKPRN not found"}


def test_anonymous_refused(api_client):
    response = api_client.get(f"{DFE}certificate/grades")
    assert response.status_code == 401 and response.json()["statusCode"] == 401
