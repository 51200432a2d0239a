import datetime as dt

import pytest
from django.utils import timezone

from epa.organisations.models import ApiKey

pytestmark = pytest.mark.django_db


def _url(world, org: str) -> str:
    return f"/api/v1/organisations/{world.orgs[org].pk}/api-keys/"


def test_admin_creates_key_shown_once_and_stored_hashed(world):
    client = world.client("provider1-admin")
    response = client.post(_url(world, "provider1"), {"name": "MIS sync", "scopes": ["read"]})
    assert response.status_code == 201, response.json()
    body = response.json()
    raw = body["key"]
    assert raw.startswith(f"epa_{body['prefix']}_")
    stored = ApiKey.objects.get(prefix=body["prefix"])
    assert raw not in stored.key_hash and stored.key_hash != raw
    listed = client.get(_url(world, "provider1")).json()["results"]
    assert [k["prefix"] for k in listed] == [body["prefix"]]
    assert "key" not in listed[0] and listed[0]["is_active"] is True


def test_key_authenticates_and_records_last_use(world):
    client = world.key_client("provider1", scopes=["read"])
    assert client.get("/api/v1/apprenticeships/").status_code == 200
    assert ApiKey.objects.get(organisation=world.orgs["provider1"]).last_used_at is not None


def test_read_only_key_cannot_write(world):
    client = world.key_client("provider1", scopes=["read"])
    response = client.post("/api/v1/apprenticeships/", world.apprenticeship_payload())
    assert response.status_code == 403
    assert response.json()["errors"][0]["code"] == "insufficient_scope"


def test_revoked_and_expired_keys_are_refused(world):
    admin = world.client("provider1-admin")
    created = admin.post(_url(world, "provider1"), {"name": "k", "scopes": ["read"]}).json()
    from rest_framework.test import APIClient

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {created['key']}")
    assert client.get("/api/v1/apprenticeships/").status_code == 200
    revoked = admin.post(f"{_url(world, 'provider1')}{created['prefix']}/revoke/")
    assert revoked.status_code == 200 and revoked.json()["is_active"] is False
    response = client.get("/api/v1/apprenticeships/")
    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == "authentication_failed"

    ApiKey.objects.filter(prefix=created["prefix"]).update(
        revoked_at=None, expires_at=timezone.now() - dt.timedelta(seconds=1))
    assert client.get("/api/v1/apprenticeships/").status_code == 401


def test_garbage_bearer_is_401(world):
    from rest_framework.test import APIClient

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Bearer epa_nothing_here")
    assert client.get("/api/v1/apprenticeships/").status_code == 401
    assert APIClient().get("/api/v1/apprenticeships/").status_code in (401, 403)


@pytest.mark.parametrize("who", ["provider1-staff"])
def test_non_admin_manages_only_their_own_personal_keys(world, who):
    """A member who is not an admin neither sees, makes nor revokes the organisation's keys."""
    admin_key = world.client("provider1-admin").post(
        _url(world, "provider1"), {"name": "MIS", "scopes": ["read"]}).json()
    client = world.client(who)
    assert client.get(_url(world, "provider1")).json()["count"] == 0
    response = client.post(_url(world, "provider1"), {"name": "x", "scopes": ["read"]})
    assert response.status_code == 403
    assert response.json()["errors"][0]["code"] == "role_required"
    assert client.post(f"{_url(world, 'provider1')}{admin_key['prefix']}/revoke/"
                       ).status_code == 404
    mine = client.post(_url(world, "provider1"), {"name": "laptop", "scopes": ["read"],
                                                  "personal": True}, format="json").json()
    assert client.get(_url(world, "provider1")).json()["results"][0]["prefix"] == mine["prefix"]
    assert client.post(f"{_url(world, 'provider1')}{mine['prefix']}/revoke/").status_code == 200


@pytest.mark.parametrize("who", ["provider2-admin", "employer1-admin", "epao1-admin"])
def test_other_organisations_get_404_and_change_nothing(world, who):
    admin = world.client("provider1-admin")
    created = admin.post(_url(world, "provider1"), {"name": "k", "scopes": ["read"]}).json()
    client = world.client(who)
    assert client.get(_url(world, "provider1")).status_code == 404
    assert client.post(_url(world, "provider1"), {"name": "x", "scopes": ["read"]}
                       ).status_code == 404
    assert client.post(f"{_url(world, 'provider1')}{created['prefix']}/revoke/"
                       ).status_code == 404
    assert ApiKey.objects.get(prefix=created["prefix"]).revoked_at is None
    assert ApiKey.objects.filter(organisation=world.orgs["provider1"]).count() == 1


def test_keys_cannot_manage_keys(world):
    client = world.key_client("provider1")
    assert client.get(_url(world, "provider1")).status_code == 403


@pytest.mark.parametrize(
    ("body", "attr"),
    [({"name": "k", "scopes": ["admin"]}, "scopes"), ({"name": "k", "scopes": []}, "scopes"),
     ({"scopes": ["read"]}, "name"),
     ({"name": "k", "scopes": ["read"], "expires_at": "2001-01-01T00:00:00Z"}, "expires_at")],
)
def test_bad_key_requests_name_the_field(world, body, attr):
    response = world.client("provider1-admin").post(_url(world, "provider1"), body)
    assert response.status_code == 400
    assert attr in [e["attr"].split(".")[0] for e in response.json()["errors"]]


def test_creating_and_revoking_a_key_is_in_the_organisations_audit_stream(world):
    from epa.core.models import AuditEvent

    admin = world.client("provider1-admin")
    created = admin.post(_url(world, "provider1"), {"name": "MIS", "scopes": ["read"]}).json()
    admin.post(f"{_url(world, 'provider1')}{created['prefix']}/revoke/")
    events = AuditEvent.objects.filter(stream=f"organisation:{world.orgs['provider1'].pk}")
    assert [(e.action, e.subject, e.actor_label) for e in events] == [
        ("api_key_created", created["prefix"], "provider1-admin"),
        ("api_key_revoked", created["prefix"], "provider1-admin")]
    assert events[0].after["scopes"] == ["read"] and "key" not in str(events[0].after)
    assert created["key"] not in str(list(events.values()))


def test_an_invalid_key_request_names_the_field(world):
    response = world.client("provider1-admin").post(
        _url(world, "provider1"), {"name": "old", "scopes": ["read"],
                                   "expires_at": "2001-01-01T00:00:00Z"}, format="json")
    assert response.status_code == 400
    assert [(e["attr"], e["code"]) for e in response.json()["errors"]] == [
        ("expires_at", "expiry_in_past")]


# -- a personal key follows its person ---------------------------------------------------------

def _personal_key_client(world, who: str, org: str):
    from rest_framework.test import APIClient

    created = world.client(who).post(_url(world, org), {
        "name": "tablet", "scopes": ["read", "write"], "personal": True}, format="json")
    assert created.status_code == 201, created.json()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {created.json()['key']}")
    return client


def _assert_401(response) -> None:
    assert response.status_code == 401
    body = response.json()
    assert body["type"] == "client_error"
    assert body["errors"][0]["code"] == "authentication_failed"
    assert set(body["errors"][0]) == {"code", "detail", "attr"}


@pytest.mark.parametrize("loses_access", ["deactivated", "membership_removed"])
def test_personal_key_stops_when_its_person_loses_access(world, loses_access):
    from epa.organisations.models import Membership

    created = world.key_client("provider1").post(
        "/api/v1/apprenticeships/", world.apprenticeship_payload(), format="json")
    assert created.status_code == 201, created.json()
    url = f"/api/v1/apprenticeships/{created.json()['id']}/"
    client = _personal_key_client(world, "provider1-admin", "provider1")
    assert client.get(url).status_code == 200
    assert client.patch(url, {"planned_otj_hours": 410}, format="json").status_code == 200

    person = world.users["provider1-admin"]
    if loses_access == "deactivated":
        person.is_active = False
        person.save(update_fields=["is_active"])
    else:
        Membership.objects.filter(user=person, organisation=world.orgs["provider1"]).delete()

    _assert_401(client.get(url))
    _assert_401(client.patch(url, {"planned_otj_hours": 420}, format="json"))
    _assert_401(client.get("/api/v1/organisations/"))
    # The organisation's own keys are not the person's: they keep working.
    assert world.key_client("provider1").get(url).status_code == 200


def test_the_admin_revokes_through_the_service_and_cannot_revive_a_key(world, client,
                                                                       django_user_model):
    from epa.core.models import AuditEvent

    admin = world.client("provider1-admin")
    created = admin.post(_url(world, "provider1"), {"name": "k", "scopes": ["read"]}).json()
    key = ApiKey.objects.get(prefix=created["prefix"])
    client.force_login(django_user_model.objects.create_superuser("root", "r@x.org", "pw"))
    response = client.post("/admin/organisations/apikey/", {
        "action": "revoke", "_selected_action": [key.pk]})
    assert response.status_code == 302
    key.refresh_from_db()
    assert key.revoked_at is not None
    assert AuditEvent.objects.filter(action="api_key_revoked", subject=key.prefix,
                                     actor_label="root").exists()
    # the change form shows the key but edits nothing: revoked_at cannot be cleared
    client.post(f"/admin/organisations/apikey/{key.pk}/change/", {"revoked_at_0": "",
                                                                 "revoked_at_1": ""})
    key.refresh_from_db()
    assert key.revoked_at is not None
