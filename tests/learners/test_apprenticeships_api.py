import pytest

from epa.learners.models import Apprenticeship, Learner
from epa.standards.catalogue import OptionData, StandardData, StandardVersionData
from epa.standards.services import standard_version_upsert
from tests.support.world import make_uln

pytestmark = pytest.mark.django_db
URL = "/api/v1/apprenticeships/"


def _create(world, who="provider1-admin", **kwargs):
    return world.client(who).post(URL, world.apprenticeship_payload(**kwargs))


def test_provider_creates_an_apprenticeship(world):
    response = _create(world)
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["learner"]["uln"] == make_uln("100000001")
    assert body["standard_version"] == "ST0792/1.0"
    assert body["status"] == "in_training"
    assert body["achievements"][0]["qualification_type"] == "gcse"
    assert Apprenticeship.objects.get().standard.reference == "ST0792"


def test_status_is_read_only(world):
    response = _create(world, status="result_confirmed")
    assert response.status_code == 201
    assert response.json()["status"] == "in_training"


@pytest.mark.parametrize(
    ("overrides", "attr", "code"),
    [
        ({"learner": {"uln": "1000000042", "given_names": "A", "family_name": "B",
                      "date_of_birth": "2000-01-01"}}, "learner.uln", "invalid_uln_check_digit"),
        ({"learner": {"uln": "9999999999", "given_names": "A", "family_name": "B",
                      "date_of_birth": "2000-01-01"}}, "learner.uln", "temporary_uln"),
        ({"planned_end_date": "2024-01-01"}, "planned_end_date", "end_before_start"),
        ({"standard_version": "ST0792/9.9"}, "standard_version", "does_not_exist"),
        ({"epao": None, "option": 999999}, "option", "does_not_exist"),
    ],
)
def test_invalid_records_are_400_naming_the_field(world, overrides, attr, code):
    response = _create(world, **overrides)
    assert response.status_code == 400, response.json()
    errors = response.json()["errors"]
    assert any(e["attr"] == attr and e["code"] == code for e in errors), errors
    assert Apprenticeship.objects.count() == 0


def test_option_of_another_version_is_refused(world):
    standard_version_upsert(data=StandardVersionData(
        standard=StandardData(reference="ST0792", title="Junior production coordinator",
                              level=4, route="Creative and design", lars_code=598),
        version="1.1", core_and_options=True, options=(OptionData("Other option"),)))
    from epa.standards.models import Option

    foreign = Option.objects.get(title="Other option")
    response = _create(world, option=foreign.pk)
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "option_not_in_version"


def test_epao_must_be_approved(world):
    world.orgs["epao2"].approvals.all().delete()
    response = _create(world, epao="epao2")
    assert response.status_code == 400
    assert response.json()["errors"][0] == {
        "attr": "epao", "code": "epao_not_approved",
        "detail": response.json()["errors"][0]["detail"]}


def test_cannot_write_for_another_provider(world):
    response = _create(world, who="provider1-admin", provider="provider2")
    assert response.status_code == 400
    assert response.json()["errors"][0]["attr"] == "provider"
    assert Apprenticeship.objects.count() == 0


@pytest.mark.parametrize("who", ["employer1-admin", "epao1-admin"])
def test_only_providers_create(world, who):
    """A caller with no provider-writer role is refused as on sync and PATCH: 403."""
    response = _create(world, who=who)
    assert (response.status_code, response.json()["errors"][0]["code"]) == (
        403, "role_required")
    assert Apprenticeship.objects.count() == 0


def test_one_apprenticeship_per_provider_learner_standard(world):
    assert _create(world).status_code == 201
    again = _create(world)
    assert again.status_code == 400
    assert again.json()["errors"][0]["code"] == "duplicate_apprenticeship"
    assert _create(world, who="provider2-admin", provider="provider2").status_code == 201
    assert Learner.objects.count() == 1


VISIBLE = {
    "provider1-admin": True, "provider1-staff": True, "employer1-admin": True,
    "employer1-staff": True, "epao1-admin": True, "epao1-quality_assurer": True,
    "epao1-assessor": False,  # assessors see only assigned apprenticeships (none yet)
    "provider2-admin": False, "provider2-staff": False, "employer2-admin": False,
    "employer2-staff": False, "epao2-admin": False, "epao2-assessor": False,
    "epao2-quality_assurer": False,
}


@pytest.mark.parametrize(("who", "visible"), VISIBLE.items())
def test_who_sees_an_apprenticeship(world, who, visible):
    created = _create(world).json()
    client = world.client(who)
    listed = [a["id"] for a in client.get(URL).json()["results"]]
    assert (created["id"] in listed) is visible
    detail = client.get(f"{URL}{created['id']}/")
    assert detail.status_code == (200 if visible else 404)
    learners = [x["id"] for x in client.get("/api/v1/learners/").json()["results"]]
    assert (created["learner"]["id"] in learners) is visible
    assert client.get(f"/api/v1/learners/{created['learner']['id']}/").status_code == (
        200 if visible else 404)


@pytest.mark.parametrize("who", [w for w, v in VISIBLE.items() if not v] + [
    "employer1-admin", "epao1-admin"])
def test_others_cannot_change_an_apprenticeship(world, who):
    created = _create(world).json()
    response = world.client(who).patch(f"{URL}{created['id']}/",
                                       {"planned_end_date": "2027-01-01"})
    assert response.status_code in (403, 404)
    assert Apprenticeship.objects.get().planned_end_date.isoformat() == "2026-03-01"


def test_provider_updates_its_apprenticeship(world):
    created = _create(world).json()
    response = world.client("provider1-staff").patch(
        f"{URL}{created['id']}/", {"planned_end_date": "2027-01-01"})
    assert response.status_code == 200, response.json()
    assert response.json()["planned_end_date"] == "2027-01-01"


def test_filters(world):
    _create(world)
    _create(world, uln_seed="100000002", start_date="2025-01-10",
            planned_end_date="2026-09-01")
    client = world.client("provider1-admin")
    assert len(client.get(URL, {"uln": make_uln("100000002")}).json()["results"]) == 1
    assert len(client.get(URL, {"standard": "ST0792"}).json()["results"]) == 2
    assert len(client.get(URL, {"start_date_after": "2025-01-01"}).json()["results"]) == 1
    assert len(client.get(URL, {"status": "in_training"}).json()["results"]) == 2
    assert len(client.get(URL, {"updated_since": "2100-01-01T00:00:00Z"}).json()["results"]) == 0
    bad = client.get(URL, {"status": "finished"})
    assert bad.status_code == 400 and bad.json()["errors"][0]["attr"] == "status"


def test_list_queries_are_constant(world, django_assert_max_num_queries):
    client = world.client("provider1-admin")
    for seed in ("100000001", "100000002", "100000003", "100000004"):
        assert _create(world, uln_seed=seed).status_code == 201
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        client.get(URL, {"page_size": 1})
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = client.get(URL, {"page_size": 100})
    assert len(response.json()["results"]) == 4


@pytest.mark.parametrize("status", ["retired", "withdrawn"])
def test_closed_standard_version_is_refused(world, status):
    from epa.standards.models import StandardVersion

    StandardVersion.objects.filter(standard__reference="ST0792").update(status=status)
    response = _create(world)
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "standard_version_closed"
    assert Apprenticeship.objects.count() == 0


def test_implausible_date_of_birth_is_refused(world):
    learner = {"uln": make_uln("100000001"), "given_names": "A", "family_name": "B",
               "date_of_birth": "1900-01-01"}
    response = _create(world, learner=learner)
    assert response.status_code == 400
    assert response.json()["errors"][0] == {
        "attr": "learner.date_of_birth", "code": "date_of_birth_implausible",
        "detail": response.json()["errors"][0]["detail"]}


def test_patch_of_some_learner_details_changes_the_apprenticeships_learner(world):
    created = _create(world).json()
    client = world.client("provider1-admin")
    response = client.patch(f"{URL}{created['id']}/", {"learner": {"family_name": "Byron"}})
    assert response.status_code == 200, response.json()
    assert Learner.objects.get().family_name == "Byron"

    # Another ULN is another learner: a new one needs its details, named when missing.
    response = client.patch(f"{URL}{created['id']}/",
                            {"learner": {"uln": make_uln("100000002"), "given_names": "Ada"}})
    assert response.status_code == 400
    assert sorted((e["attr"], e["code"]) for e in response.json()["errors"]) == [
        ("learner.date_of_birth", "required"), ("learner.family_name", "required")]
    assert Learner.objects.count() == 1


def test_a_patch_naming_another_providers_learner_by_uln_alone_is_refused(world):
    """A partial PATCH with only a ULN would link, and so show, the learner another provider
    recorded: a shared learner must be named with the details on record."""
    theirs = world.client("provider2-admin").post(
        "/api/v1/apprenticeships/", world.apprenticeship_payload(provider="provider2"),
        format="json")
    assert theirs.status_code == 201, theirs.json()
    mine = world.client("provider1-admin").post(
        "/api/v1/apprenticeships/", world.apprenticeship_payload(uln_seed="100000002"),
        format="json").json()
    response = world.client("provider1-admin").patch(
        f"/api/v1/apprenticeships/{mine['id']}/",
        {"learner": {"uln": theirs.json()["learner"]["uln"]}}, format="json")
    assert (response.status_code, response.json()["errors"][0]["code"]) == (
        400, "learner_mismatch")
    assert "Lovelace" not in response.content.decode()
    assert Apprenticeship.objects.get(pk=mine["id"]).learner.uln == mine["learner"]["uln"]
