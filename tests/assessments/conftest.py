import io

import pytest
from django.core.management import call_command

from tests.gateway.test_gateway_api import _apprenticeship, _open_ready, _review_all, _url


@pytest.fixture
def plan(world):
    call_command("load_assessment_plans", stdout=io.StringIO())


@pytest.fixture
def passed(world, plan) -> int:
    """An apprenticeship of provider1/employer1/epao1 whose gateway has passed."""
    pk = _apprenticeship(world)
    _open_ready(world, pk)
    assert world.client("provider1-admin").post(_url(pk, "submit/")).status_code == 200
    world.client("employer1-admin").post(_url(pk, "sign-off/"), {"declaration": "Ready."},
                                         format="json")
    assert _review_all(world, pk)["status"] == "passed"
    return pk
