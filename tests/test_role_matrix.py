"""The permission policy, role by role: every write operation of the API, called by each of the
first organisations' own callers (people of every role and the organisations' API keys), has
one expected outcome per caller: allowed, or refused with an exact (status, code).

tests/test_permission_matrix.py shows that nobody reaches *another* organisation's data; this
shows what each party may do with its *own*. The table is the policy as the API states it:

- refused callers get exactly their (status, code): 403 ``role_required`` when their part in
  the object does not allow the write (or a code of independence or assignment), 404 when the
  object is not theirs to see at all (an assessor and an apprenticeship not assigned to them,
  a member and a key that is not theirs);
- allowed callers are not refused: a 2xx, or a 4xx of the object's state (409 after another
  allowed caller did it first, 400 ``duplicate_apprenticeship``), never a policy or scope code.

Refused callers go first, so each sees the object in the state the operation is for; then the
allowed ones. And one code per refusal: a caller refused on paths that do the same thing
(create, PATCH and sync of an apprenticeship; the key operations) is refused alike on each.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.core.management import call_command
from django.utils import timezone
from rest_framework.test import APIClient

from epa.core.actor import SYSTEM
from epa.organisations.services import api_key_create
from epa.webhooks.services import subscription_create
from tests.support.certificates import CERTIFICATES, certificate_body
from tests.support.epa import ASSESSMENTS, assess, book, release, start_epa, when
from tests.support.gateway import (
    APPRENTICESHIPS,
    READY_FACTS,
    gateway_url,
    new_apprenticeship,
    open_ready_gateway,
    review_all,
)
from tests.support.plans import example_body
from tests.support.sync import SYNC_URL, sync_record, valid_ulns

pytestmark = pytest.mark.django_db

PROVIDER = ["provider1-admin", "provider1-staff", "key:provider1"]
EMPLOYER = ["employer1-admin", "employer1-staff", "key:employer1"]
EPAO = ["epao1-admin", "epao1-assessor", "epao1-quality_assurer", "key:epao1"]
CALLERS = PROVIDER + EMPLOYER + EPAO

ALLOWED = "allowed"
ROLE_REQUIRED = (403, "role_required")
NOT_FOUND = (404, "not_found")
NOT_THE_ASSESSOR = (403, "not_the_assigned_assessor")
# Codes that say "not you": an allowed caller never gets one.
POLICY_CODES = {"role_required", "not_the_assigned_assessor", "quality_assurer_not_independent",
                "insufficient_scope", "provider_not_yours", "owner_not_yours", "not_found",
                "permission_denied", "not_authenticated", "authentication_failed"}


def outcomes(allowed: list[str], refused=ROLE_REQUIRED, others: dict | None = None) -> dict:
    """Every caller's expected outcome: ``allowed``, ``others`` as named, the rest
    ``refused``."""
    others = others or {}
    assert set(others) <= set(CALLERS), others
    return {who: ALLOWED if who in allowed else others.get(who, refused) for who in CALLERS}


@dataclass
class Request:
    method: str
    url: str
    body: dict | None = None


@dataclass
class Operation:
    setup: Callable  # (world) -> state
    request: Callable  # (world, state, who) -> Request
    expected: dict  # who -> ALLOWED | (status, code)


# -- the states each operation needs --------------------------------------------------------

def _apprenticeship(world) -> dict:
    return {"pk": new_apprenticeship(world)}


def _opened(world) -> dict:
    pk = new_apprenticeship(world)
    opened = world.client("provider1-admin").post(gateway_url(pk), READY_FACTS, format="json")
    assert opened.status_code == 201, opened.json()
    return {"pk": pk}


def _ready(world) -> dict:
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    return {"pk": pk}


def _submitted(world) -> dict:
    state = _ready(world)
    assert world.client("provider1-admin").post(
        gateway_url(state["pk"], "submit/")).status_code == 200
    return state


def _passed(world) -> dict:
    """As the ``passed`` fixture: the example plan loaded, the gateway passed."""
    call_command("load_assessment_plans", stdout=io.StringIO())
    state = _submitted(world)
    pk = state["pk"]
    world.client("employer1-admin").post(gateway_url(pk, "sign-off/"),
                                         {"declaration": "Ready."}, format="json")
    assert review_all(world, pk)["status"] == "passed"
    return state


def _started(world) -> dict:
    state = _passed(world)
    return {**state, "aid": start_epa(world, state["pk"])["id"]}


def _booked(world) -> dict:
    state = _started(world)
    assert book(world, state["aid"], "M1").status_code == 200
    detail = world.client("epao1-admin").get(f"{ASSESSMENTS}{state['aid']}/").json()
    method = next(m for m in detail["methods"] if m["code"] == "M1")
    return {**state, "criterion": method["pending_criteria"][0]}


def _graded(outcome: str):
    def setup(world) -> dict:
        state = _passed(world)
        return {**state, "aid": assess(world, state["pk"], outcome, outcome)["id"]}
    return setup


def _released(outcome: str):
    def setup(world) -> dict:
        state = _graded(outcome)(world)
        release(world, state["aid"])
        return state
    return setup


def _appealed(world) -> dict:
    state = _released("pass")(world)
    lodged = world.client("provider1-admin").post(
        f"{ASSESSMENTS}{state['aid']}/appeal/", {"method": "M1", "grounds": "Cut short."},
        format="json")
    assert lodged.status_code == 201, lodged.json()
    return {**state, "appeal": lodged.json()["id"]}


def _on_break(world) -> dict:
    state = _apprenticeship(world)
    started = world.client("provider1-admin").post(
        f"{APPRENTICESHIPS}{state['pk']}/break-in-learning/", {"starts_on": _today()},
        format="json")
    assert started.status_code == 201, started.json()
    return state


def _further_learning(world) -> dict:
    state = _released("fail")(world)
    resit_started = world.client("epao1-admin").post(
        f"{ASSESSMENTS}{state['aid']}/resit/", {"kind": "retake"}, format="json")
    assert resit_started.status_code == 201, resit_started.json()
    return state


def _today() -> str:
    return timezone.localdate().isoformat()


def _certified(world) -> dict:
    """A released pass with a ready certificate request."""
    state = _released("pass")(world)
    created = world.client("epao1-admin").post(CERTIFICATES, certificate_body(state["pk"]),
                                               format="json")
    assert created.status_code == 201, created.json()
    return {**state, "certificate": created.json()["id"]}


def _plan(world) -> dict:
    created = world.client("epao1-admin").post("/api/v1/assessment-plans/", example_body(),
                                               format="json")
    assert created.status_code == 201, created.json()
    return {"plan": created.json()["id"]}


def _organisation_keys(world) -> dict:
    """A key of each first organisation, made by the project: what their admins revoke."""
    return {"keys": {org: api_key_create(actor=SYSTEM, organisation=world.orgs[org],
                                         name="to revoke", scopes=["read"])[0].prefix
                     for org in ("provider1", "employer1", "epao1")}}


def _nothing(world) -> dict:
    return {}


def _subscription(world) -> dict:
    """A webhook subscription of provider1's."""
    return {"webhook": subscription_create(
        actor=SYSTEM, organisation=world.orgs["provider1"], url="http://127.0.0.1:9/hook",
        event_types=["gateway.decided"]).pk}


def _org_of(who: str) -> str:
    return who.removeprefix("key:").split("-")[0]


def _payload(world) -> dict:
    return world.apprenticeship_payload(uln_seed="100000002")


# -- the operations and their tables ----------------------------------------------------------

# The provider and employer see an attempt once its result is released: before, it is not
# theirs to see (404), whatever they would do with it.
UNRELEASED = {who: NOT_FOUND for who in PROVIDER + EMPLOYER}
ASSESSOR_UNSEEN = {"epao1-assessor": NOT_FOUND}  # an apprenticeship not assigned to them

OPERATIONS: dict[str, Operation] = {
    "apprenticeship create": Operation(
        _nothing, lambda world, s, who: Request("POST", APPRENTICESHIPS, _payload(world)),
        outcomes(PROVIDER)),
    "apprenticeship PATCH": Operation(
        _apprenticeship, lambda world, s, who: Request(
            "PATCH", f"{APPRENTICESHIPS}{s['pk']}/", {"planned_end_date": "2027-01-01"}),
        outcomes(PROVIDER, others=ASSESSOR_UNSEEN)),
    "apprenticeship sync": Operation(
        _nothing, lambda world, s, who: Request(
            "POST", SYNC_URL, {"records": [sync_record(world, valid_ulns(1)[0])]}),
        outcomes(PROVIDER)),
    "gateway open": Operation(
        _apprenticeship, lambda world, s, who: Request("POST", gateway_url(s["pk"]),
                                                       READY_FACTS),
        outcomes(PROVIDER + EMPLOYER, others=ASSESSOR_UNSEEN)),
    "gateway evidence add": Operation(
        _opened, lambda world, s, who: Request("POST", gateway_url(s["pk"], "evidence/"), {
            "title": "Call sheets", "evidence_date": "2025-06-01", "ksbs": ["K1"]}),
        outcomes(PROVIDER + EMPLOYER, others=ASSESSOR_UNSEEN)),
    "gateway submit": Operation(
        _ready, lambda world, s, who: Request("POST", gateway_url(s["pk"], "submit/")),
        outcomes(PROVIDER + EMPLOYER, others=ASSESSOR_UNSEEN)),
    "gateway employer sign-off": Operation(
        _ready, lambda world, s, who: Request("POST", gateway_url(s["pk"], "sign-off/"),
                                              {"declaration": "Ready."}),
        outcomes(EMPLOYER, others=ASSESSOR_UNSEEN)),
    "gateway provider declaration": Operation(
        _opened, lambda world, s, who: Request("POST", gateway_url(s["pk"], "declaration/"),
                                               {"declaration": "Ready."}),
        outcomes(PROVIDER, others=ASSESSOR_UNSEEN)),
    "gateway component review": Operation(
        _submitted, lambda world, s, who: Request(
            "POST", gateway_url(s["pk"], "components/portfolio/review/"),
            {"decision": "accept"}),
        outcomes(["epao1-admin", "epao1-quality_assurer", "key:epao1"],
                 others=ASSESSOR_UNSEEN)),
    "EPA start": Operation(
        _passed, lambda world, s, who: Request("POST", ASSESSMENTS,
                                               {"apprenticeship": s["pk"]}),
        outcomes(["epao1-admin", "key:epao1"], others=ASSESSOR_UNSEEN)),
    "EPA booking": Operation(
        _started, lambda world, s, who: Request(
            "POST", f"{ASSESSMENTS}{s['aid']}/methods/M1/booking/",
            {"scheduled_at": when(7), "location": "Studio 4", "remote": False,
             "assessor": "epao1-assessor"}),
        outcomes(["epao1-admin", "key:epao1"], others={**ASSESSOR_UNSEEN, **UNRELEASED})),
    "EPA judgement": Operation(
        _booked, lambda world, s, who: Request(
            "PUT", f"{ASSESSMENTS}{s['aid']}/methods/M1/judgements/{s['criterion']}/",
            {"met": True, "evidence_note": "Seen."}),
        outcomes(["epao1-assessor"], refused=NOT_THE_ASSESSOR, others=UNRELEASED)),
    "EPA quality assurance release": Operation(
        _graded("pass"), lambda world, s, who: Request(
            "POST", f"{ASSESSMENTS}{s['aid']}/quality-assurance/", {}),
        outcomes(["epao1-quality_assurer"], others=UNRELEASED)),
    "EPA resit": Operation(
        _released("fail"), lambda world, s, who: Request(
            "POST", f"{ASSESSMENTS}{s['aid']}/resit/", {"kind": "resit"}),
        outcomes(["epao1-admin", "key:epao1"])),
    "EPA appeal lodge": Operation(
        _released("pass"), lambda world, s, who: Request(
            "POST", f"{ASSESSMENTS}{s['aid']}/appeal/", {"method": "M1", "grounds": "Short."}),
        outcomes(PROVIDER + EMPLOYER)),
    "EPA appeal decision": Operation(
        _appealed, lambda world, s, who: Request(
            "POST", f"{ASSESSMENTS}{s['aid']}/appeals/{s['appeal']}/decision/",
            {"decision": "dismiss", "reason": "Heard."}),
        outcomes(["epao1-admin", "key:epao1"])),
    "withdraw from training": Operation(
        _apprenticeship, lambda world, s, who: Request(
            "POST", f"{APPRENTICESHIPS}{s['pk']}/withdraw/",
            {"withdrawn_on": _today(), "reason": "personal"}),
        outcomes(PROVIDER + EMPLOYER, others=ASSESSOR_UNSEEN)),
    "withdraw from the EPA": Operation(
        _started, lambda world, s, who: Request(
            "POST", f"{APPRENTICESHIPS}{s['pk']}/withdraw/",
            {"withdrawn_on": _today(), "reason": "epa_not_taken"}),
        outcomes(PROVIDER + EMPLOYER + ["epao1-admin", "key:epao1"],
                 others=ASSESSOR_UNSEEN)),
    "break in learning start": Operation(
        _apprenticeship, lambda world, s, who: Request(
            "POST", f"{APPRENTICESHIPS}{s['pk']}/break-in-learning/", {"starts_on": _today()}),
        outcomes(PROVIDER + EMPLOYER, others=ASSESSOR_UNSEEN)),
    "break in learning return": Operation(
        _on_break, lambda world, s, who: Request(
            "POST", f"{APPRENTICESHIPS}{s['pk']}/return-to-learning/",
            {"returned_on": _today()}),
        outcomes(PROVIDER + EMPLOYER, others=ASSESSOR_UNSEEN)),
    "further learning complete": Operation(
        _further_learning, lambda world, s, who: Request(
            "POST", f"{APPRENTICESHIPS}{s['pk']}/further-learning-complete/", {}),
        outcomes(PROVIDER, others=ASSESSOR_UNSEEN)),
    "EPA outcome recorded directly": Operation(
        _passed, lambda world, s, who: Request(
            "POST", f"{ASSESSMENTS}record-outcome/",
            {"apprenticeship": s["pk"], "outcome": "pass", "outcome_date": "2026-01-10"}),
        outcomes(["epao1-admin", "key:epao1"], others=ASSESSOR_UNSEEN)),
    "certificate create": Operation(
        _released("pass"), lambda world, s, who: Request(
            "POST", CERTIFICATES, certificate_body(s["pk"])),
        outcomes(["epao1-admin", "key:epao1"], others=ASSESSOR_UNSEEN)),
    "certificate change": Operation(
        _certified, lambda world, s, who: Request(
            "PATCH", f"{CERTIFICATES}{s['certificate']}/", {"department": "Finance"}),
        outcomes(["epao1-admin", "key:epao1"], others=ASSESSOR_UNSEEN)),
    "certificate submit": Operation(
        _certified, lambda world, s, who: Request(
            "POST", f"{CERTIFICATES}{s['certificate']}/submit/"),
        outcomes(["epao1-admin", "key:epao1"], others=ASSESSOR_UNSEEN)),
    "certificate delete": Operation(
        _certified, lambda world, s, who: Request(
            "DELETE", f"{CERTIFICATES}{s['certificate']}/"),
        outcomes(["epao1-admin", "key:epao1"], others=ASSESSOR_UNSEEN)),
    "assessor conflict declaration": Operation(
        _nothing, lambda world, s, who: Request("POST", "/api/v1/assessor-conflicts/", {
            "assessor": "epao1-assessor", "epao": world.orgs["epao1"].pk,
            "organisation": world.orgs["employer1"].pk, "reason": "Former employer."}),
        outcomes(["epao1-admin", "epao1-assessor", "key:epao1"])),
    "assessment plan create": Operation(
        _nothing, lambda world, s, who: Request("POST", "/api/v1/assessment-plans/",
                                                example_body()),
        outcomes(["epao1-admin", "key:epao1"])),
    "assessment plan update": Operation(
        _plan, lambda world, s, who: Request("PUT", f"/api/v1/assessment-plans/{s['plan']}/",
                                             {**example_body(), "title": "Renamed"}),
        outcomes(["epao1-admin", "key:epao1"])),
    "API key create (organisation)": Operation(
        _nothing, lambda world, s, who: Request(
            "POST", f"/api/v1/organisations/{world.orgs[_org_of(who)].pk}/api-keys/",
            {"name": "MIS", "scopes": ["read", "write"]}),
        outcomes(["provider1-admin", "employer1-admin", "epao1-admin"])),
    "API key create (personal)": Operation(
        _nothing, lambda world, s, who: Request(
            "POST", f"/api/v1/organisations/{world.orgs[_org_of(who)].pk}/api-keys/",
            {"name": "Tablet", "scopes": ["read", "write"], "personal": True}),
        outcomes([w for w in CALLERS if not w.startswith("key:")])),
    "API key revoke": Operation(
        _organisation_keys, lambda world, s, who: Request(
            "POST", f"/api/v1/organisations/{world.orgs[_org_of(who)].pk}/api-keys/"
                    f"{s['keys'][_org_of(who)]}/revoke/"),
        outcomes(["provider1-admin", "employer1-admin", "epao1-admin"], refused=NOT_FOUND,
                 others={"key:provider1": ROLE_REQUIRED, "key:employer1": ROLE_REQUIRED,
                         "key:epao1": ROLE_REQUIRED})),
    "webhook subscribe": Operation(
        _nothing, lambda world, s, who: Request("POST", "/api/v1/webhooks/", {
            "url": "http://127.0.0.1:9/hook", "event_types": ["gateway.decided"]}),
        outcomes(["provider1-admin", "employer1-admin", "epao1-admin", "key:provider1",
                  "key:employer1", "key:epao1"])),
    # Only the organisation's admins and keys see its subscriptions.
    "webhook change": Operation(
        _subscription, lambda world, s, who: Request(
            "PATCH", f"/api/v1/webhooks/{s['webhook']}/", {"active": False}),
        outcomes(["provider1-admin", "key:provider1"], refused=NOT_FOUND)),
}

# Paths that do the same thing: a caller refused on one is refused alike on each.
SAME_THING = [("apprenticeship create", "apprenticeship PATCH", "apprenticeship sync"),
              ("gateway open", "gateway evidence add", "gateway submit"),
              ("EPA start", "EPA booking", "EPA resit", "EPA appeal decision",
               "EPA outcome recorded directly"),
              ("certificate create", "certificate change", "certificate submit",
               "certificate delete")]


def _client(world, clients: dict, who: str) -> APIClient:
    if who not in clients:
        clients[who] = (world.key_client(who.removeprefix("key:")) if who.startswith("key:")
                        else world.client(who))
    return clients[who]


def _pair(response) -> tuple[int, str | None]:
    try:
        errors = response.json().get("errors") or [{}]
    except (ValueError, AttributeError, TypeError):  # TypeError: no body (a 204)
        errors = [{}]
    return response.status_code, errors[0].get("code")


@pytest.mark.parametrize("name", OPERATIONS)
def test_each_caller_gets_exactly_its_outcome(world, name):
    operation = OPERATIONS[name]
    state = operation.setup(world)
    clients: dict[str, APIClient] = {}
    order = sorted(CALLERS, key=lambda who: operation.expected[who] == ALLOWED)
    failures, allowed_succeeded = [], False
    for who in order:
        request = operation.request(world, state, who)
        response = getattr(_client(world, clients, who), request.method.lower())(
            request.url, request.body, format="json")
        status, code = _pair(response)
        expected = operation.expected[who]
        if expected == ALLOWED:
            allowed_succeeded |= status < 300
            if not (status < 300 or (400 <= status < 500 and status not in (401, 403, 404)
                                     and code not in POLICY_CODES)):
                failures.append(f"{who}: allowed, but {status} {code}: "
                                f"{response.content[:300]!r}")
        elif (status, code) != expected:
            failures.append(f"{who}: expected {expected}, got {(status, code)}: "
                            f"{response.content[:300]!r}")
    assert allowed_succeeded, f"{name}: no allowed caller succeeded"
    assert not failures, f"{name}:\n" + "\n".join(failures)


def test_one_code_per_refusal():
    """A caller refused on paths that do the same thing is refused with the same
    (status, code) on each (404, not seeing the object, is tenancy and not compared)."""
    for group in SAME_THING:
        for who in CALLERS:
            refusals = {OPERATIONS[name].expected[who] for name in group} - {NOT_FOUND}
            assert len(refusals) <= 1, (group, who, refusals)


def test_every_caller_is_in_every_table():
    for name, operation in OPERATIONS.items():
        assert set(operation.expected) == set(CALLERS), name
        assert any(v == ALLOWED for v in operation.expected.values()), name


@pytest.mark.parametrize("who", PROVIDER)
def test_a_provider_not_acted_for_is_the_same_400_on_every_path(world, who):
    """Naming a provider the caller does not act for: 400 ``provider_not_yours`` on
    ``provider``, on create, PATCH and sync alike."""
    client = world.key_client("provider1") if who.startswith("key:") else world.client(who)
    other = world.orgs["provider2"].pk
    pk = new_apprenticeship(world)
    responses = {
        "create": client.post(APPRENTICESHIPS, {**_payload(world), "provider": other},
                              format="json"),
        "PATCH": client.patch(f"{APPRENTICESHIPS}{pk}/", {"provider": other}, format="json"),
        "sync": client.post(SYNC_URL, {"provider": other, "records": [
            sync_record(world, valid_ulns(1)[0])]}, format="json"),
    }
    for path, response in responses.items():
        assert response.status_code == 400, (path, response.json())
        assert [(e["attr"], e["code"]) for e in response.json()["errors"]] == [
            ("provider", "provider_not_yours")], path
