"""Plans, gateways and EPA records are read-only in the admin: their writes go through the
services, which validate a plan whole and keep the flow's rules, locks and history."""

import pytest

from epa.assessments.models import Assessment, AssessmentPlan
from epa.gateway.models import GatewaySubmission
from tests.support.epa import start_epa

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    return client


def test_the_admin_shows_but_never_changes_plans_gateways_and_assessments(
        world, passed, staff_client):
    start_epa(world, passed)
    for model in (AssessmentPlan, GatewaySubmission, Assessment):
        obj = model.objects.first()
        meta = model._meta
        url = f"/admin/{meta.app_label}/{meta.model_name}/{obj.pk}/change/"
        page = staff_client.get(url)
        assert page.status_code == 200, url
        assert staff_client.post(url, {}).status_code == 403, url
        assert staff_client.get(f"/admin/{meta.app_label}/{meta.model_name}/add/"
                                ).status_code == 403
    plan_page = staff_client.get(f"/admin/assessments/assessmentplan/"
                                 f"{AssessmentPlan.objects.get().pk}/change/")
    assert b"None: the plan is valid." in plan_page.content
