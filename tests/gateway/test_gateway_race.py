"""Two reviewers racing on one component, for real: two threads, two database connections.

On PostgreSQL (CI) the submission row lock serialises them: one review lands, the other is a
409 and nothing is overwritten. SQLite has no row locks, so the race is run on PostgreSQL only.
"""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from epa.gateway.models import GatewayComponent
from tests.support.gateway import gateway_url, new_apprenticeship, open_ready_gateway

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks"),
]


def test_two_reviewers_racing_on_one_component_do_not_overwrite_each_other(world):
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    assert world.client("provider1-admin").post(gateway_url(pk, "submit/")).status_code == 200
    clients = {"epao1-admin": ({"decision": "accept"}, world.client("epao1-admin")),
               "epao1-quality_assurer": ({"decision": "reject", "reason": "Out of date."},
                                         world.client("epao1-quality_assurer"))}
    start, answers = threading.Barrier(len(clients)), {}

    def review(who: str) -> None:
        body, client = clients[who]
        start.wait()
        try:
            answers[who] = client.post(gateway_url(pk, "components/maths/review/"), body,
                                       format="json").status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=review, args=(who,)) for who in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(answers.values()) == [200, 409], answers
    winner = next(who for who, status in answers.items() if status == 200)
    maths = GatewayComponent.objects.get(kind="maths")
    assert maths.reviewed_by == winner
    assert maths.status == ("accepted" if winner == "epao1-admin" else "rejected")
