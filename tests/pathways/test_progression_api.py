"""Progression per learner: the routes onward, open once achieved, and the next apprenticeship
started on one, linked both ways, with recognised prior learning in its off-the-job figures."""

from __future__ import annotations

import pytest

from tests.support.epa import APPRENTICESHIPS, assess, release
from tests.support.gateway import gateway_url, new_apprenticeship
from tests.support.pathways import st0525_version


@pytest.fixture
def st0525(world):
    return st0525_version()


@pytest.fixture
def achieved(world, passed) -> int:
    release(world, assess(world, passed, "pass", "pass")["id"])
    return passed


def _progress_body(world, **overrides):
    return {"standard_version": "ST0525/1.0", "employer": world.orgs["employer1"].pk,
            "epao": None, "start_date": "2026-09-01", "planned_end_date": "2028-03-01",
            "planned_otj_hours": 600, "prior_learning_hours": 120,
            "prior_learning_note": "Production scheduling covered in ST0792.", **overrides}


def _progression(world, pk, who="provider1-admin"):
    response = world.client(who).get(f"{APPRENTICESHIPS}{pk}/progression/")
    assert response.status_code == 200, response.json()
    return response.json()


def test_an_achiever_progresses_to_st0525_linked_both_ways(world, achieved, st0525):
    answer = _progression(world, achieved, "employer1-admin")
    assert answer["achieved"] is True
    route = answer["routes"][0]
    assert (route["reference"], route["level"], route["in_catalogue"], route["open"],
            route["versions"]) == ("ST0525", 7, True, True, ["1.0"])
    response = world.client("provider1-staff").post(f"{APPRENTICESHIPS}{achieved}/progress/",
                                                    _progress_body(world), format="json")
    assert response.status_code == 201, response.json()
    new = response.json()
    assert (new["standard_version"], new["progressed_from"], new["prior_learning_hours"],
            new["status"]) == ("ST0525/1.0", achieved, 120, "in_training")
    assert new["learner"]["uln"] == world.client("provider1-admin").get(
        f"{APPRENTICESHIPS}{achieved}/").json()["learner"]["uln"]
    old = world.client("provider1-admin").get(f"{APPRENTICESHIPS}{achieved}/").json()
    assert old["progressed_to"] == [new["id"]]
    assert _progression(world, achieved)["routes"][0]["started"] == [new["id"]]
    assert _progression(world, new["id"])["progressed_from"] == achieved
    # the recognised prior learning is the off-the-job reduction of its gateway
    opened = world.client("provider1-admin").post(gateway_url(new["id"]), {
        "off_the_job_hours": "100", "contracted_hours_per_week": "37.5"}, format="json")
    assert opened.status_code == 201, opened.json()
    otj = next(c for c in opened.json()["components"] if c["component"] == "off_the_job")
    assert otj["check"]["details"]["prior_learning_reduction"] in ("120", "120.0")


def test_progression_is_refused_before_achievement_and_off_route(world, passed, st0525):
    assert _progression(world, passed)["routes"][0]["open"] is False
    early = world.client("provider1-admin").post(f"{APPRENTICESHIPS}{passed}/progress/",
                                                 _progress_body(world), format="json")
    assert (early.status_code, early.json()["errors"][0]["code"]) == (409, "not_achieved")
    release(world, assess(world, passed, "pass", "pass")["id"])
    off_route = world.client("provider1-admin").post(
        f"{APPRENTICESHIPS}{passed}/progress/",
        _progress_body(world, standard_version="ST0792/1.0"), format="json")
    assert off_route.status_code == 400
    assert [(e["attr"], e["code"]) for e in off_route.json()["errors"]] == [
        ("standard_version", "not_a_progression_route")]
    too_many = world.client("provider1-admin").post(
        f"{APPRENTICESHIPS}{passed}/progress/", _progress_body(world, prior_learning_hours=601),
        format="json")
    assert too_many.json()["errors"][0]["attr"] == "prior_learning_hours"


def test_only_the_delivering_provider_progresses_and_others_do_not_see(world, achieved,
                                                                       st0525):
    for who in ("employer1-admin", "epao1-admin"):
        response = world.client(who).post(f"{APPRENTICESHIPS}{achieved}/progress/",
                                          _progress_body(world), format="json")
        assert (response.status_code, response.json()["errors"][0]["code"]) == (
            403, "role_required"), who
    for who in ("provider2-admin", "employer2-admin", "epao2-admin"):
        assert world.client(who).get(
            f"{APPRENTICESHIPS}{achieved}/progression/").status_code == 404, who
        assert world.client(who).post(f"{APPRENTICESHIPS}{achieved}/progress/",
                                      _progress_body(world), format="json").status_code == 404


def test_a_standard_with_no_route_answers_none(world):
    pk = new_apprenticeship(world)
    answer = _progression(world, pk)
    assert [r["reference"] for r in answer["routes"]] == ["ST0525"]
    assert answer["routes"][0]["in_catalogue"] is True
    assert answer["routes"][0]["versions"] == []
