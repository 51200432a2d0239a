import io

import pytest
from django.core.management import call_command

from epa.plans.models import AssessmentPlan
from tests.support.plans import example_body


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
