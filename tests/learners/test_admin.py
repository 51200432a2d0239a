"""The admin applies the same rules as the API (Apprenticeship.clean / Learner.clean)."""

import pytest

from epa.core.models import AuditEvent
from epa.learners.models import Apprenticeship, Learner
from epa.standards.models import Option

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    return client


def _form(world, learner, **overrides) -> dict:
    data = {
        "learner": learner.pk,
        "standard_version": Option.objects.get(title="Production coordinator").version_id,
        "option": Option.objects.get(title="Production coordinator").pk,
        "provider": world.orgs["provider1"].pk, "employer": world.orgs["employer1"].pk,
        "epao": world.orgs["epao1"].pk, "start_date": "2024-09-01",
        "planned_end_date": "2026-03-01", "planned_otj_hours": "", "has_ehc_plan": "",
        "achievements-TOTAL_FORMS": "0", "achievements-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


def test_admin_adds_a_valid_apprenticeship(world, staff_client):
    learner = Learner.objects.create(uln="1000000043", given_names="A", family_name="B",
                                     date_of_birth="2000-01-01")
    response = staff_client.post("/admin/learners/apprenticeship/add/", _form(world, learner))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Apprenticeship.objects.get().standard.reference == "ST0792"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [({"planned_end_date": "2024-01-01"}, "planned end date must be after"),
     ({"epao": "2"}, "not approved")],
)
def test_admin_refuses_what_the_api_refuses(world, staff_client, overrides, message):
    learner = Learner.objects.create(uln="1000000043", given_names="A", family_name="B",
                                     date_of_birth="2000-01-01")
    world.orgs["epao2"].approvals.all().delete()
    overrides = {k: (world.orgs["epao2"].pk if v == "2" else v) for k, v in overrides.items()}
    response = staff_client.post("/admin/learners/apprenticeship/add/",
                                 _form(world, learner, **overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Apprenticeship.objects.count() == 0


def test_admin_refuses_a_bad_uln(staff_client):
    response = staff_client.post("/admin/learners/learner/add/", {
        "uln": "1000000042", "given_names": "A", "family_name": "B",
        "date_of_birth": "2000-01-01", "email": ""})
    assert response.status_code == 200
    assert "check digit" in response.content.decode()
    assert Learner.objects.count() == 0


def test_admin_writes_go_through_the_service_and_are_in_the_history(world, staff_client):
    """Created and changed in the admin: each an event of the apprenticeship's history, under
    the person's name; a change of a field the passed gateway locks is refused as the API
    refuses it."""
    learner = Learner.objects.create(uln="1000000043", given_names="A", family_name="B",
                                     date_of_birth="2000-01-01")
    assert staff_client.post("/admin/learners/apprenticeship/add/",
                             _form(world, learner)).status_code == 302
    apprenticeship = Apprenticeship.objects.get()
    url = f"/admin/learners/apprenticeship/{apprenticeship.pk}/change/"
    changed = staff_client.post(url, _form(world, learner, planned_end_date="2026-06-01"))
    assert changed.status_code == 302, changed.content.decode()[:2000]
    events = AuditEvent.objects.filter(stream=f"apprenticeship:{apprenticeship.pk}")
    assert [(e.action, e.actor_label) for e in events] == [("created", "root"),
                                                            ("changed", "root")]
    assert events[1].after == {"planned_end_date": "2026-06-01"}

    Apprenticeship.objects.update(status="gateway_passed")
    refused = staff_client.post(url, _form(world, learner, start_date="2024-10-01"))
    assert refused.status_code == 200
    assert "The gateway has passed" in refused.content.decode()
    assert Apprenticeship.objects.get().start_date.isoformat() == "2024-09-01"


def test_a_providers_staff_cannot_move_another_providers_apprenticeship_in_the_admin(
        world, client, django_user_model):
    """A member of provider2 with admin access is refused (a form error, not a 500) when
    changing provider1's apprenticeship, and nothing changes."""
    from epa.organisations.models import Membership

    created = world.client("provider1-admin").post(
        "/api/v1/apprenticeships/", world.apprenticeship_payload(), format="json").json()
    staff = django_user_model.objects.create_user("p2-staff", password="pw", is_staff=True,
                                                  is_superuser=True)
    Membership.objects.create(user=staff, organisation=world.orgs["provider2"], role="admin")
    client.force_login(staff)
    apprenticeship = Apprenticeship.objects.get(pk=created["id"])
    response = client.post(f"/admin/learners/apprenticeship/{apprenticeship.pk}/change/",
                           _form(world, apprenticeship.learner,
                                 provider=world.orgs["provider2"].pk))
    assert response.status_code == 200
    assert "Only the delivering provider" in response.content.decode()
    assert Apprenticeship.objects.get(pk=created["id"]).provider == world.orgs["provider1"]
