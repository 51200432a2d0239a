import copy
import io
import json

import pytest
from django.core.management import call_command

from epa.plans.loaders import DATA_DIR
from epa.plans.models import AssessmentPlan


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
def example(catalogue) -> AssessmentPlan:
    """The shipped EXAMPLE plan, loaded by its command."""
    out = io.StringIO()
    call_command("load_assessment_plans", stdout=out)
    assert out.getvalue() == "ST0792 v1.0 plan v1: created\n"
    return AssessmentPlan.objects.get()
