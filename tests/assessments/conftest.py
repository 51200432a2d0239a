import copy
import io
import json

import pytest
from django.core.management import call_command

from epa.assessments.loaders import DATA_DIR
from tests.gateway.test_gateway_api import _apprenticeship, _open_ready, _review_all, _url


def example_body() -> dict:
    """The shipped EXAMPLE plan as an API request body (valid for ST0792 1.0)."""
    raw = json.loads((DATA_DIR / "ST0792-1.0-example-plan.json").read_text())
    body = {"standard_version": f"{raw.pop('standard')}/{raw.pop('standard_version')}"}
    for key in ("version", "is_example"):
        raw.pop(key)
    raw["title"] = "Assess One plan for ST0792"
    return copy.deepcopy({**body, **raw})


@pytest.fixture
def body() -> dict:
    return example_body()


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
