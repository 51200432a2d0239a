"""Each validation rule of DfE's reference, with its exact message (clients compare them as
strings)."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from model_bakery import baker

from epa.learners.models import Apprenticeship
from epa.organisations.models import EPAOApproval
from epa.standards.models import Option, Standard, StandardVersion
from tests.support.certificates import DFE, dfe_postal_contact
from tests.support.world import make_uln

pytestmark = pytest.mark.django_db
ULN = make_uln("100000001")
FUTURE = (dt.date.today() + dt.timedelta(days=30)).isoformat()
GRADES = "Pass, Credit, Merit, Distinction, Pass with excellence, Outstanding, No grade awarded"


def epa_item(**changes) -> dict:
    item = {"requestId": "r", "standard": {"standardReference": "ST0792"},
            "learner": {"uln": int(ULN), "familyName": "Lovelace"},
            "learningDetails": {"version": "1.0"},
            "epaDetails": {"epas": [{"epaDate": "2026-01-10", "epaOutcome": "pass"}]}}
    return _changed(item, changes)


def certificate_item(**changes) -> dict:
    item = {"requestId": "c", "standard": {"standardCode": 598},
            "learner": {"uln": int(ULN), "familyName": "Lovelace"},
            "learningDetails": {"version": "1.0", "courseOption": "Production coordinator",
                                "overallGrade": "Merit", "achievementDate": "2026-01-15"},
            "postalContact": dfe_postal_contact()}
    return _changed(item, changes)


def _changed(item: dict, changes: dict) -> dict:
    """``changes`` by path: ``{"learner.familyName": ""}``; None removes the field."""
    item = copy.deepcopy(item)
    for path, value in changes.items():
        *parents, name = path.split(".")
        target = item
        for parent in parents:
            target = target[parent]
        if value is None:
            target.pop(name, None)
        else:
            target[name] = value
    return item


@pytest.fixture
def key(world, passed):
    return world.key_client("epao1")


def errors(key, method: str, path: str, item: dict) -> list[str]:
    response = getattr(key, method)(f"{DFE}{path}", [item], format="json")
    assert response.status_code == 200, response.content
    return response.json()[0]["validationErrors"]


def _second_version() -> StandardVersion:
    st0792 = Standard.objects.get(reference="ST0792")
    return baker.make(StandardVersion, standard=st0792, major=1, minor=1,
                      status="approved_for_delivery")


# -- identity (§5.1) ----------------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "expected"), [
    ({"learner.familyName": ""}, ["Provide apprentice family name"]),
    ({"standard": {"standardReference": "ST9999"}}, ["Provide a valid Standard"]),
    ({"standard": {"standardReference": "ST123"}}, ["Provide a valid Standard"]),
    ({"learner.uln": 123}, ["ULN should contain exactly 10 numbers"]),
    ({"learner.familyName": "Byron"}, ["ULN, FamilyName and Standard not found."]),
    ({"learningDetails.version": "9.9"}, ["Invalid version for Standard"]),
])
@pytest.mark.parametrize("operation", ["epa", "certificate"])
def test_identity_rules(key, operation, changes, expected):
    item = (epa_item if operation == "epa" else certificate_item)(**changes)
    assert errors(key, "post", operation, item) == expected


def test_reference_and_code_must_agree(key):
    Standard.objects.filter(reference="ST0525").update(lars_code=599)
    both = {"standard": {"standardCode": 598, "standardReference": "ST0525"}}
    message = ["StandardReference and StandardCode must be for the same Standard"]
    assert errors(key, "post", "epa", epa_item(**both))[:1] == message
    assert errors(key, "post", "certificate", certificate_item(**both))[:1] == message


def test_not_approved_for_the_standard(world, key):
    EPAOApproval.objects.filter(epao=world.orgs["epao1"]).delete()
    expected = ["Your organisation is not approved to assess this Standard"]
    assert errors(key, "post", "epa", epa_item()) == expected
    assert errors(key, "post", "certificate", certificate_item()) == expected
    assert key.get(f"{DFE}learner/{ULN}/Lovelace/ST0792").json()["message"] == expected[0]


def test_not_approved_for_the_version(world, key):
    approval = EPAOApproval.objects.get(epao=world.orgs["epao1"])
    approval.versions.set([_second_version()])
    expected = ["Your organisation is not approved to assess this Standard Version: 1.0"]
    assert errors(key, "post", "epa", epa_item()) == expected
    assert errors(key, "post", "certificate", certificate_item()) == expected


def test_withdrawn_or_on_break_learner(key, passed):
    Apprenticeship.objects.filter(pk=passed).update(status="on_break")
    assert errors(key, "post", "epa", epa_item()) == ["Cannot find the apprentice details"]
    assert errors(key, "post", "certificate", certificate_item()) == [
        "Cannot find the apprentice details"]


# -- EPA create and update (§5.3) ---------------------------------------------------------------

OPTIONS_MESSAGE = (
    "Invalid course option for this Standard and version. Must be one of the following: "
    "'Production coordinator,Post production coordinator' where 'Production coordinator,Post "
    "production coordinator' depends on the standard code, and can be obtained with GET "
    "/api/v1/standard/options/ST0792/1.0")


@pytest.mark.parametrize(("changes", "expected"), [
    ({"epaDetails": None}, ["Provide EPA Details"]),
    ({"epaDetails.epas": []}, ["Provide EPA Details"]),
    ({"epaDetails.epas": [{"epaDate": "2016-12-31", "epaOutcome": "pass"}]},
     ["EPA Date cannot be before 01 01 2017"]),
    ({"epaDetails.epas": [{"epaOutcome": "pass"}]}, ["EPA Date cannot be before 01 01 2017"]),
    ({"epaDetails.epas": [{"epaDate": FUTURE, "epaOutcome": "pass"}]},
     ["EPA Date cannot be in the future"]),
    ({"epaDetails.epas": [{"epaDate": "2026-01-10", "epaOutcome": "merit"}]},
     ["Invalid outcome: must be Pass, Fail or Withdrawn"]),
    ({"learningDetails.courseOption": "Editor"}, [OPTIONS_MESSAGE]),
])
def test_epa_rules(key, changes, expected):
    assert errors(key, "post", "epa", epa_item(**changes)) == expected


def test_epa_option_is_matched_as_a_substring(key):
    assert errors(key, "post", "epa", epa_item(**{"learningDetails.courseOption": "post prod"})
                  ) == []


def test_epa_option_on_a_version_without_options(world, key):
    version = _second_version()
    assert not Option.objects.filter(version=version).exists()
    assert errors(key, "post", "epa", epa_item(**{"learningDetails": {
        "version": "1.1", "courseOption": "Anything"}})) == [
        "No course option available for this Standard and version. Must be empty"]


def test_epa_already_provided(key):
    assert errors(key, "post", "epa", epa_item()) == []
    assert errors(key, "post", "epa", epa_item()) == ["EPA already provided for the learner"]


def test_epa_create_after_a_submitted_certificate(key, passed):
    _submitted(key, passed)
    assert errors(key, "post", "epa", epa_item()) == [
        "Certificate already exists, cannot create EPA record"]


def test_epa_update_rules(key, passed):
    reference = f"{passed:08d}"
    assert errors(key, "put", "epa", epa_item(epaReference=reference)) == ["EPA not found"]
    assert errors(key, "post", "epa", epa_item()) == []
    assert errors(key, "put", "epa", epa_item()) == ["Provide EPA reference"]
    assert errors(key, "put", "epa", epa_item(epaReference="99999999")) == ["EPA not found"]
    assert errors(key, "post", "certificate", certificate_item()) == []
    assert errors(key, "put", "epa", epa_item(epaReference=reference)) == [
        "Certificate already exists, cannot update EPA record"]


def test_epa_delete_rules(key, passed):
    base = f"{DFE}epa/{ULN}/Lovelace/ST0792/"
    assert key.delete(f"{base}{passed:08d}").json()["message"] == "EPA not found"
    assert errors(key, "post", "epa", epa_item()) == []
    assert key.delete(f"{base}").json()["message"] == "Provide the EPA reference"
    assert key.delete(f"{base}99999999").json()["message"] == "EPA not found"
    _submitted(key, passed)
    assert key.delete(f"{base}{passed:08d}").json() == {
        "statusCode": 403, "message": "Certificate already exists, cannot delete EPA record"}


# -- certificate create and update (§5.5) ------------------------------------------------------

@pytest.mark.parametrize(("changes", "expected"), [
    ({"postalContact.contactName": ""}, ["Provide a contact name"]),
    ({"postalContact.addressLine1": None}, ["Provide an address"]),
    ({"postalContact.city": ""}, ["Provide a city or town"]),
    ({"postalContact.postCode": ""}, ["Provide a postcode"]),
    ({"postalContact.postCode": "CV1 2WTX"}, ["Provide a valid UK postcode"]),
    ({"learningDetails.overallGrade": ""}, ["Select the grade achieved"]),
    ({"learningDetails.overallGrade": "fail"}, ["Cannot record a Fail grade via API"]),
    ({"learningDetails.overallGrade": "Great"},
     [f"You must enter a valid grade. Must be one of the following: {GRADES}, where {GRADES} "
      "can be obtained with /api/v1/certificate/grades"]),
    ({"learningDetails.achievementDate": "2016-12-31"},
     ["Achievement date cannot be before 01 01 2017"]),
    ({"learningDetails.achievementDate": None}, ["Achievement date cannot be before 01 01 2017"]),
    ({"learningDetails.achievementDate": FUTURE}, ["Achievement date cannot be in the future"]),
    ({"learningDetails.achievementDate": "2024-08-01"},
     ["Achievement date cannot be before the learning start date"]),
    ({"learningDetails.courseOption": "Post production coordinator"},
     ["Incorrect course option for learner"]),
    ({"learningDetails": None, "postalContact": None}, ["Provide Certificate Data"]),
    ({"postalContact.contactName": "", "postalContact.city": "",
      "learningDetails.overallGrade": ""},
     ["Provide a contact name", "Provide a city or town", "Select the grade achieved"]),
])
def test_certificate_rules(key, changes, expected):
    assert errors(key, "post", "certificate", certificate_item(**changes)) == expected


def test_certificate_option_of_a_learner_without_one(key, passed):
    Apprenticeship.objects.filter(pk=passed).update(option=None)
    assert errors(key, "post", "certificate", certificate_item(**{
        "learningDetails.courseOption": "Editor"})) == [
        "Invalid course option for this Standard and version. Must be one of the following: "
        "Production coordinator, Post production coordinator where Production coordinator, "
        "Post production coordinator depends on the standard code, and can be obtained with "
        "GET /api/v1/standard/options/598/1.0"]


def test_certificate_version_other_than_the_learners(world, key):
    version = _second_version()
    EPAOApproval.objects.get(epao=world.orgs["epao1"]).versions.set(
        [version, StandardVersion.objects.get(standard__reference="ST0792", major=1, minor=0)])
    assert errors(key, "post", "certificate", certificate_item(**{"learningDetails": {
        "version": "1.1", "overallGrade": "Merit", "achievementDate": "2026-01-15"}})) == [
        "Incorrect version for learner"]


def test_certificate_already_exists(key, passed):
    assert errors(key, "post", "certificate", certificate_item()) == []
    assert errors(key, "post", "certificate", certificate_item()) == [
        f"Certificate already exists: {passed:08d}"]


def test_certificate_update_rules(key, passed):
    reference = f"{passed:08d}"
    assert errors(key, "put", "certificate", certificate_item(certificateReference=reference)) \
        == ["Certificate not found"]
    assert errors(key, "post", "certificate", certificate_item()) == []
    assert errors(key, "put", "certificate", certificate_item()) == [
        "Provide the certificate reference"]
    assert errors(key, "put", "certificate", certificate_item(certificateReference="99999999")) \
        == ["Certificate not found"]
    changed = key.put(f"{DFE}certificate", [certificate_item(
        certificateReference=reference, **{"learningDetails.overallGrade": "DISTINCTION"})],
        format="json").json()[0]
    assert changed["validationErrors"] == []
    assert changed["certificate"]["certificateData"]["learningDetails"]["overallGrade"] == \
        "Distinction"
    _submit(key, passed)
    assert errors(key, "put", "certificate", certificate_item(certificateReference=reference)) \
        == ["Certificate does not exist in Draft status"]


# -- submit (§5.6) and delete (§5.7) -------------------------------------------------------------

def _submit(key, passed, **changes) -> list[str]:
    item = {"requestId": "s", "uln": int(ULN), "standardCode": 598, "familyName": "Lovelace",
            "certificateReference": f"{passed:08d}", **changes}
    return errors(key, "post", "certificate/submit", item)


def _submitted(key, passed) -> None:
    assert errors(key, "post", "certificate", certificate_item()) == []
    assert _submit(key, passed) == []


def test_submit_rules(key, passed):
    assert _submit(key, passed) == ["Certificate not found"]
    assert errors(key, "post", "certificate", certificate_item(**{
        "postalContact.organisation": None})) == []
    assert _submit(key, passed, certificateReference="") == ["Provide the certificate reference"]
    assert _submit(key, passed, certificateReference="99999999") == ["Certificate not found"]
    assert _submit(key, passed, familyName="Byron") == ["ULN, FamilyName and Standard not found"]
    assert _submit(key, passed) == ["Certificate is missing mandatory data"]


def test_submit_twice(key, passed):
    _submitted(key, passed)
    assert _submit(key, passed) == ["Certificate has already been submitted"]


def test_submit_after_the_learner_changed(key, passed):
    assert errors(key, "post", "certificate", certificate_item()) == []
    Apprenticeship.objects.filter(pk=passed).update(
        option=Option.objects.get(title="Post production coordinator"))
    assert _submit(key, passed) == [
        "Certificate update is required as course option has changed on Learner record"]
    Apprenticeship.objects.filter(pk=passed).update(standard_version=_second_version())
    assert _submit(key, passed) == [
        "Certificate update is required as version has changed on Learner record"]


def test_delete_certificate_rules(key, passed):
    base = f"{DFE}certificate/{ULN}/Lovelace/ST0792/"
    assert key.delete(f"{base}{passed:08d}").json()["message"] == "Certificate not found"
    assert errors(key, "post", "epa", epa_item()) == []
    assert key.delete(f"{base}{passed:08d}").json()["message"] == "Certificate not found."
    assert key.delete(f"{base}99999999").json()["message"] == "Certificate not found"
    assert key.delete(f"{base}").json()["message"] == "Provide the certificate reference"


# -- GET learner (§5.2) and GET certificate (§5.8) ---------------------------------------------

@pytest.mark.parametrize(("path", "message"), [
    (f"learner/{ULN}/Lovelace/ST999", "Standard not found"),
    (f"learner/{ULN}/Lovelace/ST9999", "Standard not found"),
    (f"learner/{ULN}/Byron/ST0792", "ULN, FamilyName and Standard not found"),
    ("learner/123/Lovelace/ST0792", "ULN should contain exactly 10 numbers"),
    (f"certificate/{ULN}/Byron/ST0792",
     "Cannot find apprentice with the specified Uln, FamilyName & Standard"),
    ("certificate/123/Lovelace/598", "ULN should contain exactly 10 numbers"),
])
def test_read_rules(key, path, message):
    response = key.get(f"{DFE}{path}")
    assert response.status_code == 403
    assert response.json() == {"statusCode": 403, "message": message}


def test_several_messages_are_joined(key):
    response = key.get(f"{DFE}certificate/123/Lovelace/ST9999")
    assert response.json()["message"] == "ULN should contain exactly 10 numbers"
    response = key.delete(f"{DFE}epa/123/Lovelace/ST0792/00000001")
    assert response.json()["message"] == "ULN should contain exactly 10 numbers"
