"""Two writes of one judgement at the same moment, for real: two threads, two connections.

Both read the judgement's ETag and send it back. On PostgreSQL the assessment row lock
serialises them: one lands, the other is a 412 and nothing is lost. SQLite has no row locks,
so this runs on PostgreSQL only (CI)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from epa.assessments.models import Judgement
from tests.support.epa import ASSESSMENTS, book, start_epa

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks"),
]


def test_two_writes_of_one_judgement_do_not_lose_an_update(world, passed):
    aid = start_epa(world, passed)["id"]
    book(world, aid, "M1")
    url = f"{ASSESSMENTS}{aid}/methods/M1/judgements/PR1/"
    etag = world.client("epao1-assessor").put(url, {"met": True}, format="json")["ETag"]
    notes = {"tablet": "Schedule incomplete.", "laptop": "Schedule complete."}
    start, answers = threading.Barrier(2), {}

    def write(device: str) -> None:
        client = world.client("epao1-assessor")
        start.wait()
        try:
            answers[device] = client.put(url, {"met": device == "laptop",
                                               "evidence_note": notes[device]},
                                         format="json", HTTP_IF_MATCH=etag).status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(device,)) for device in notes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(answers.values()) == [200, 412], answers
    winner = next(device for device, status in answers.items() if status == 200)
    judgement = Judgement.objects.get()
    assert (judgement.evidence_note, judgement.version) == (notes[winner], 2)
