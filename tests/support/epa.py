"""The end-point assessment steps over HTTP: start, book, judge, release, resit."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from epa.organisations.models import Membership

ASSESSMENTS = "/api/v1/assessments/"

def add_person(world, django_user_model, name: str, org: str, role: str):
    user = django_user_model.objects.create_user(name, password="pw")
    Membership.objects.create(user=user, organisation=world.orgs[org], role=role)
    world.users[name] = user
    return user


def start_epa(world, pk: int) -> dict:
    response = world.client("epao1-admin").post(ASSESSMENTS, {"apprenticeship": pk}, format="json")
    assert response.status_code == 201, response.json()
    return response.json()


def when(days: int = 7) -> str:
    return (timezone.now() + dt.timedelta(days=days)).isoformat()


def book(world, aid: int, code: str, assessor: str = "epao1-assessor", days: int = 7):
    return world.client("epao1-admin").post(f"{ASSESSMENTS}{aid}/methods/{code}/booking/", {
        "scheduled_at": when(days), "location": "Studio 4, MediaCity", "remote": False,
        "assessor": assessor}, format="json")


def epa_detail(world, aid: int, who: str = "epao1-admin") -> dict:
    response = world.client(who).get(f"{ASSESSMENTS}{aid}/")
    assert response.status_code == 200, response.json()
    return response.json()


def method_of(detail: dict, code: str) -> dict:
    return next(m for m in detail["methods"] if m["code"] == code)


def judge_all(world, aid: int, code: str, outcome: str, assessor: str = "epao1-assessor"):
    """Judge every pending criterion of a method so that it grades ``outcome``: for a fail the
    first pass criterion is unmet; for a pass every pass criterion is met and the distinction
    ones (PRD*, PDD* in the example plan) are not; for a merit (a merit plan's PRM*, PDM*) the
    pass and merit ones are met; for a distinction all are met."""
    client = world.client(assessor)
    pending = method_of(epa_detail(world, aid), code)["pending_criteria"]
    for index, criterion in enumerate(pending):
        distinction = criterion.startswith(("PRD", "PDD"))
        merit = criterion.startswith(("PRM", "PDM"))
        met = {"fail": index > 0 and not distinction and not merit,
               "pass": not distinction and not merit, "merit": not distinction,
               "distinction": True}[outcome]
        response = client.put(f"{ASSESSMENTS}{aid}/methods/{code}/judgements/{criterion}/",
                              {"met": met, "evidence_note": f"Seen in the {code} session."},
                              format="json")
        assert response.status_code == 200, response.json()


def release(world, aid: int, who: str = "epao1-quality_assurer", **body) -> dict:
    response = world.client(who).post(f"{ASSESSMENTS}{aid}/quality-assurance/", body, format="json")
    assert response.status_code == 200, response.json()
    return response.json()


def assess(world, pk: int, m1: str, m2: str) -> dict:
    aid = start_epa(world, pk)["id"]
    assert book(world, aid, "M1").status_code == 200
    assert book(world, aid, "M2").status_code == 200
    judge_all(world, aid, "M1", m1)
    judge_all(world, aid, "M2", m2)
    return epa_detail(world, aid)


def resit(world, aid: int, kind: str = "resit") -> dict:
    response = world.client("epao1-admin").post(f"{ASSESSMENTS}{aid}/resit/", {"kind": kind},
                                                format="json")
    assert response.status_code == 201, response.json()
    return response.json()


APPRENTICESHIPS = "/api/v1/apprenticeships/"


def further_learning_complete(world, pk: int, who: str = "provider1-admin"):
    return world.client(who).post(f"{APPRENTICESHIPS}{pk}/further-learning-complete/", {},
                                  format="json")


def withdraw(world, pk: int, who: str = "provider1-admin", **body):
    body = {"withdrawn_on": timezone.localdate().isoformat(), "reason": "personal", **body}
    return world.client(who).post(f"{APPRENTICESHIPS}{pk}/withdraw/", body, format="json")
