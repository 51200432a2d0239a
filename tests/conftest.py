import uuid

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient


@pytest.fixture(autouse=True)
def _own_cache_keys():
    """With a shared cache (Redis, when REDIS_URL is set), each test counts under keys of its
    own, so no test sees another's rate-limit counts, in this run or a parallel one."""
    from django.conf import settings
    from django.test import override_settings

    default = settings.CACHES["default"]
    if not default["BACKEND"].endswith("RedisCache"):
        yield
        return
    prefix = f"{default['KEY_PREFIX']}:{uuid.uuid4().hex}"
    caches = {**settings.CACHES, "default": {**default, "KEY_PREFIX": prefix}}
    with override_settings(CACHES=caches):
        yield


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def catalogue(db) -> None:
    """The shipped standards (ST0792 1.0 and the ST0525 stub), loaded as `make run` loads them."""
    call_command("load_standards", stdout=_Null())


class _Null:
    def write(self, *_args) -> None:
        pass


# -- organisations, people and keys ---------------------------------------------------------

def make_uln(first_nine: str) -> str:
    """A valid ULN from nine digits (the nine must have a valid check digit)."""
    from epa.learners.rules import uln_check_digit

    check = uln_check_digit(first_nine)
    assert check is not None, first_nine
    return f"{first_nine}{check}"


class World:
    """Two organisations of each kind, a person for every role, and the ST0792 catalogue."""

    def __init__(self, django_user_model) -> None:
        from epa.organisations.models import EPAOApproval, Membership, Organisation
        from epa.standards.models import Standard

        self.orgs = {}
        specs = [("epao", "EPA0001", "Assess One"), ("epao", "EPA0002", "Assess Two"),
                 ("provider", "10000001", "Provider One"), ("provider", "10000002", "Provider Two"),
                 ("employer", "", "Employer One"), ("employer", "", "Employer Two")]
        for index, (kind, identifier, name) in enumerate(specs):
            org = Organisation.objects.create(kind=kind, identifier=identifier, name=name)
            self.orgs[f"{kind}{index % 2 + 1}"] = org
        st0792 = Standard.objects.get(reference="ST0792")
        for epao in ("epao1", "epao2"):
            EPAOApproval.objects.create(epao=self.orgs[epao], standard=st0792)
        self.users = {}
        roles = {"epao": ["admin", "assessor", "quality_assurer"], "provider": ["admin", "staff"],
                 "employer": ["admin", "staff"]}
        for key, org in self.orgs.items():
            for role in roles[org.kind]:
                user = django_user_model.objects.create_user(f"{key}-{role}", password="pw")
                Membership.objects.create(user=user, organisation=org, role=role)
                self.users[f"{key}-{role}"] = user

    def client(self, who: str):
        from rest_framework.test import APIClient

        client = APIClient()
        client.force_authenticate(self.users[who])
        return client

    def key_client(self, org: str, scopes=("read", "write")):
        from rest_framework.test import APIClient

        from epa.organisations.services import api_key_create

        _, raw = api_key_create(organisation=self.orgs[org], name="test", scopes=list(scopes))
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}")
        return client

    def apprenticeship_payload(self, provider="provider1", employer="employer1", epao="epao1",
                               uln_seed="100000001", **overrides) -> dict:
        from epa.standards.models import Option

        option = Option.objects.get(title="Production coordinator")
        payload = {
            "learner": {"uln": make_uln(uln_seed), "given_names": "Ada", "family_name": "Lovelace",
                        "date_of_birth": "2000-12-10", "email": "ada@example.org"},
            "standard_version": "ST0792/1.0", "option": option.pk,
            "provider": self.orgs[provider].pk, "employer": self.orgs[employer].pk,
            "epao": self.orgs[epao].pk if epao else None,
            "start_date": "2024-09-01", "planned_end_date": "2026-03-01",
            "planned_otj_hours": 400, "has_ehc_plan": False,
            "achievements": [{"subject": "maths", "level": 2, "qualification_type": "gcse",
                              "achieved_on": "2016-08-20", "evidence_reference": "cert-1"}],
        }
        payload.update(overrides)
        return payload


@pytest.fixture
def world(catalogue, django_user_model) -> World:
    return World(django_user_model)
