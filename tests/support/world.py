"""Organisations of each kind, a person for every role, keys, and valid ULNs."""

from __future__ import annotations


class _Null:
    def write(self, *_args) -> None:
        pass


def make_uln(first_nine: str) -> str:
    """A valid ULN from nine digits (the nine must have a valid check digit)."""
    from epa.learners.rules import uln_check_digit

    check = uln_check_digit(first_nine)
    assert check is not None, first_nine
    return f"{first_nine}{check}"


class World:
    """Two organisations of each kind, a person for every role, and the ST0792 catalogue."""

    def __init__(self, django_user_model) -> None:
        from model_bakery import baker

        from epa.organisations.models import EPAOApproval, Membership, Organisation
        from epa.standards.models import Standard

        self.orgs = {}
        specs = [("epao", "EPA0001", "Assess One"), ("epao", "EPA0002", "Assess Two"),
                 ("provider", "10000001", "Provider One"), ("provider", "10000002", "Provider Two"),
                 ("employer", "", "Employer One"), ("employer", "", "Employer Two")]
        for index, (kind, identifier, name) in enumerate(specs):
            org = baker.make(Organisation, kind=kind, identifier=identifier, name=name)
            self.orgs[f"{kind}{index % 2 + 1}"] = org
        st0792 = Standard.objects.get(reference="ST0792")
        for epao in ("epao1", "epao2"):
            baker.make(EPAOApproval, epao=self.orgs[epao], standard=st0792)
        self.users = {}
        roles = {"epao": ["admin", "assessor", "quality_assurer"], "provider": ["admin", "staff"],
                 "employer": ["admin", "staff"]}
        for key, org in self.orgs.items():
            for role in roles[org.kind]:
                user = django_user_model.objects.create_user(f"{key}-{role}", password="pw")
                baker.make(Membership, user=user, organisation=org, role=role)
                self.users[f"{key}-{role}"] = user

    def client(self, who: str):
        from rest_framework.test import APIClient

        client = APIClient()
        client.force_authenticate(self.users[who])
        return client

    def key_client(self, org: str, scopes=("read", "write")):
        from rest_framework.test import APIClient

        from epa.core.actor import SYSTEM
        from epa.organisations.services import api_key_create

        _, raw = api_key_create(actor=SYSTEM, organisation=self.orgs[org], name="test",
                                scopes=list(scopes))
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
