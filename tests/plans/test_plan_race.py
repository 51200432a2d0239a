"""Two EPAO admins creating a plan for one standard version at once, for real: two threads, two
database connections. Each create takes the next version number; PostgreSQL row locks make
them take turns, so both succeed with different numbers (it was a 500 IntegrityError)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from epa.plans.models import AssessmentPlan
from tests.support.plans import example_body

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks"),
]


def test_two_admins_creating_a_plan_at_once_get_the_next_two_versions(world):
    clients = [world.client("epao1-admin"), world.key_client("epao1")]
    statuses = []
    for _ in range(4):
        start = threading.Barrier(len(clients))

        def create(client, start=start) -> None:
            start.wait()
            try:
                statuses.append(client.post("/api/v1/assessment-plans/", example_body(),
                                            format="json").status_code)
            finally:
                connection.close()

        threads = [threading.Thread(target=create, args=(client,)) for client in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert statuses == [201] * 8, statuses
    assert sorted(AssessmentPlan.objects.values_list("version", flat=True)) == list(range(1, 9))
