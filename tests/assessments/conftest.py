import io

import pytest
from django.core.management import call_command

from tests.support.gateway import gateway_url, new_apprenticeship, open_ready_gateway, review_all


@pytest.fixture
def plan(world):
    call_command("load_assessment_plans", stdout=io.StringIO())


@pytest.fixture
def passed(world, plan) -> int:
    """An apprenticeship of provider1/employer1/epao1 whose gateway has passed."""
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    assert world.client("provider1-admin").post(gateway_url(pk, "submit/")).status_code == 200
    world.client("employer1-admin").post(gateway_url(pk, "sign-off/"), {"declaration": "Ready."},
                                         format="json")
    assert review_all(world, pk)["status"] == "passed"
    return pk
