"""Two providers writing the same new learner at the same moment, for real: two threads, two
database connections, in both write paths (bulk sync and single create).

Each request reads the learner (there is none), then both go on to write. The threads meet
after that read (a barrier in the ULN check every write runs after it, before writing), so the
race happens every time. On PostgreSQL the learner row lock serialises the writes: the first
creates the learner, the second sees it, shared and with other names, and is refused per record
(``learner_mismatch``); nothing is overwritten and nothing fails with a 500. SQLite has no row
locks, so this runs on PostgreSQL only.
"""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from epa.learners import services, sync
from epa.learners.models import Apprenticeship, Learner
from tests.support.sync import SYNC_URL, sync_record
from tests.support.world import make_uln

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks"),
]
CREATE_URL = "/api/v1/apprenticeships/"
ULN = make_uln("100000001")
NAMES = {"provider1": ("Sam", "Jones"), "provider2": ("Samuel", "Jonas")}


@pytest.fixture
def after_reading(monkeypatch):
    """Hold each request, once, after it has read the learner and before it writes, until
    the other request is there too."""
    meet, held = threading.Barrier(2), threading.local()
    check = services.learner_errors

    def learner_errors(**kwargs):
        if not getattr(held, "done", False):
            held.done = True
            meet.wait(timeout=30)
        return check(**kwargs)

    monkeypatch.setattr(services, "learner_errors", learner_errors)
    monkeypatch.setattr(sync, "learner_errors", learner_errors)


def _sync(world, provider: str) -> dict:
    given, family = NAMES[provider]
    response = world.key_client(provider).post(
        SYNC_URL, {"records": [sync_record(world, ULN, given_names=given, family_name=family)]},
        format="json")
    assert response.status_code == 200, response.content
    result = response.json()["results"][0]
    return {"ok": result["outcome"] == "created", "errors": result["errors"]}


def _create(world, provider: str) -> dict:
    given, family = NAMES[provider]
    payload = world.apprenticeship_payload(provider=provider)
    payload["learner"].update(given_names=given, family_name=family,  # as in the sync record
                              date_of_birth="2001-05-06", email="")
    response = world.client(f"{provider}-admin").post(CREATE_URL, payload, format="json")
    assert response.status_code in (201, 400), response.content
    return {"ok": response.status_code == 201,
            "errors": [] if response.status_code == 201 else response.json()["errors"]}


def _race(world, writes: dict) -> dict:
    answers: dict = {}

    def run(provider: str) -> None:
        try:
            answers[provider] = writes[provider](world, provider)
        except Exception as exc:  # a 500 raised by the test client: shown in the assertion
            answers[provider] = {"ok": False, "errors": [], "raised": repr(exc)}
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(provider,)) for provider in writes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not [a for a in answers.values() if "raised" in a], answers
    return answers


@pytest.mark.parametrize("writes", [
    pytest.param({"provider1": _sync, "provider2": _sync}, id="sync-sync"),
    pytest.param({"provider1": _create, "provider2": _create}, id="create-create"),
    pytest.param({"provider1": _sync, "provider2": _create}, id="sync-create"),
])
def test_two_providers_writing_one_new_learner_do_not_overwrite_each_other(
        world, after_reading, writes):
    answers = _race(world, writes)

    winners = [provider for provider, answer in answers.items() if answer["ok"]]
    assert len(winners) == 1, answers
    (winner,) = winners
    (loser,) = set(answers) - {winner}
    assert [(e["attr"], e["code"]) for e in answers[loser]["errors"]] == [
        ("learner", "learner_mismatch")]
    learner = Learner.objects.get(uln=ULN)
    assert (learner.given_names, learner.family_name) == NAMES[winner]
    assert list(Apprenticeship.objects.values_list("provider", flat=True)) == [
        world.orgs[winner].pk]


def test_two_providers_sending_the_same_details_both_have_the_learner(world, after_reading,
                                                                        monkeypatch):
    monkeypatch.setitem(NAMES, "provider2", NAMES["provider1"])
    answers = _race(world, {"provider1": _sync, "provider2": _create})

    assert all(answer["ok"] for answer in answers.values()), answers
    assert Learner.objects.count() == 1
    assert Apprenticeship.objects.count() == 2
