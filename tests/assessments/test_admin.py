"""Gateways and EPA records are read-only in the admin: their writes go through the services,
which keep the rules, locks and history. (Plans: tests/plans/test_admin.py.)"""

import pytest

from epa.assessments.models import Assessment
from epa.gateway.models import GatewaySubmission
from tests.support.epa import start_epa

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    return client


def test_the_admin_shows_but_never_changes_gateways_and_assessments(world, passed, staff_client):
    start_epa(world, passed)
    for model in (GatewaySubmission, Assessment):
        obj = model.objects.first()
        meta = model._meta
        url = f"/admin/{meta.app_label}/{meta.model_name}/{obj.pk}/change/"
        page = staff_client.get(url)
        assert page.status_code == 200, url
        assert staff_client.post(url, {}).status_code == 403, url
        assert staff_client.get(f"/admin/{meta.app_label}/{meta.model_name}/add/"
                                ).status_code == 403
