"""Plans are read-only in the admin: their writes go through the services, which validate a
plan whole. A plan's page shows the problems that validation finds with it."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    return client


def test_the_admin_shows_but_never_changes_plans_and_methods(example, staff_client):
    for obj in (example, example.methods.first()):
        meta = obj._meta
        assert meta.app_label == "plans"
        url = f"/admin/plans/{meta.model_name}/{obj.pk}/change/"
        assert staff_client.get(url).status_code == 200, url
        assert staff_client.post(url, {}).status_code == 403, url
        assert staff_client.get(f"/admin/plans/{meta.model_name}/add/").status_code == 403
        assert staff_client.get(f"/admin/plans/{meta.model_name}/").status_code == 200


def test_admin_shows_the_plan_and_its_problems(example, staff_client):
    url = f"/admin/plans/assessmentplan/{example.pk}/change/"
    page = staff_client.get(url)
    assert page.status_code == 200
    assert "None: the plan is valid." in page.content.decode()
    example.matrix_rows.first().delete()
    assert "matrix_incomplete" in staff_client.get(url).content.decode()
