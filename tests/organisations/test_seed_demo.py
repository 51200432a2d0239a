import io
import re

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from epa.organisations.management.commands.seed_demo import DEMO_KEY_NAME, DEMO_PASSWORD
from epa.organisations.models import ApiKey, EPAOApproval, Membership, Organisation

pytestmark = pytest.mark.django_db
KEY_RE = re.compile(r"^\s+(\w+)\s+(\d+)\s+(epa_[0-9a-f]{8}_\S+)$", re.MULTILINE)


def _seed(*args) -> dict[str, str]:
    """Run the command; the printed keys by organisation handle (provider1, ...)."""
    out = io.StringIO()
    call_command("seed_demo", *args, stdout=out)
    return {handle: key for handle, _id, key in KEY_RE.findall(out.getvalue())}


def _get(key: str):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    return client.get("/api/v1/apprenticeships/")


@pytest.fixture
def debug(settings):
    settings.DEBUG = True


def test_seeds_organisations_users_and_keys(catalogue, debug):
    keys = _seed()

    assert sorted(keys) == ["employer1", "employer2", "epao1", "epao2", "provider1",
                            "provider2"]
    orgs = Organisation.objects.all()
    assert sorted(orgs.values_list("kind", "identifier")) == [
        ("employer", ""), ("employer", ""), ("epao", "EPA0001"), ("epao", "EPA0002"),
        ("provider", "10000001"), ("provider", "10000002")]
    for org in orgs:
        org.full_clean()
    assert sorted(EPAOApproval.objects.values_list("epao__identifier", "standard__reference")
                  ) == [("EPA0001", "ST0792"), ("EPA0002", "ST0792")]
    assert get_user_model().objects.count() == Membership.objects.count() == 14
    assert set(Membership.objects.filter(user__username="epao1-assessor").values_list(
        "organisation__identifier", "role")) == {("EPA0001", "assessor")}
    assert authenticate(username="employer2-staff", password=DEMO_PASSWORD) is not None
    assert ApiKey.objects.filter(name=DEMO_KEY_NAME, revoked_at__isnull=True).count() == 6
    assert all(set(k.scopes) == {"read", "write"} for k in ApiKey.objects.all())


def test_a_printed_key_authenticates(catalogue, debug):
    keys = _seed()
    response = _get(keys["provider1"])
    assert response.status_code == 200, response.json()
    assert response.json()["results"] == []
    assert ApiKey.objects.get(prefix=keys["provider1"].split("_")[1]).organisation.identifier \
        == "10000001"


def test_running_twice_reuses_everything_and_replaces_the_keys(catalogue, debug):
    first = _seed()
    other = ApiKey.objects.create(organisation=Organisation.objects.get(identifier="10000001"),
                                  name="MIS sync", prefix="keepme00", key_hash="x",
                                  scopes=["read"])
    orgs = dict(Organisation.objects.values_list("pk", "name"))
    users = set(get_user_model().objects.values_list("pk", flat=True))

    second = _seed()

    assert dict(Organisation.objects.values_list("pk", "name")) == orgs
    assert set(get_user_model().objects.values_list("pk", flat=True)) == users
    assert Membership.objects.count() == 14 and EPAOApproval.objects.count() == 2
    demo = ApiKey.objects.filter(name=DEMO_KEY_NAME)
    assert demo.count() == 12 and demo.filter(revoked_at__isnull=True).count() == 6
    assert set(first.values()).isdisjoint(second.values())
    assert _get(first["epao1"]).status_code == 401
    assert _get(second["epao1"]).status_code == 200
    other.refresh_from_db()
    assert other.revoked_at is None  # only the demo keys are revoked


def test_needs_the_catalogue(db, debug):
    with pytest.raises(CommandError, match="load_standards"):
        _seed()
    assert not Organisation.objects.exists()


def test_refuses_without_debug_unless_forced(catalogue, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        _seed()
    assert not Organisation.objects.exists() and not get_user_model().objects.exists()

    keys = _seed("--force")
    assert len(keys) == 6 and _get(keys["employer1"]).status_code == 200


def test_prints_where_make_run_serves(catalogue, debug, monkeypatch):
    """`PORT=8123 make run` serves on 8123: the example the command prints says so."""
    monkeypatch.setenv("PORT", "8123")
    monkeypatch.delenv("HOST", raising=False)
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert "http://127.0.0.1:8123/api/v1/apprenticeships/" in out.getvalue()
    assert ":8000" not in out.getvalue()
    out = io.StringIO()
    call_command("seed_demo", "--base-url", "https://epa.example.org/", stdout=out)
    assert "https://epa.example.org/api/v1/apprenticeships/" in out.getvalue()
