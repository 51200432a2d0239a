"""Tenancy, endpoint by endpoint: nobody outside the first organisations reads or changes their
data, whatever the endpoint, method, role or key.

The tenant endpoints are discovered from the URL resolver, so a new endpoint under /api/v1/ is
in the matrix as soon as it is routed. Each is called with every method by each person and
each API key of the *second* organisations (provider2, employer2, epao2), and by an anonymous
caller, pointed at the first organisations' objects: an apprenticeship created by provider1
(employer1, epao1), with its learner and achievement, and an API key of provider1.

- Reads: a list or feed must not hold those objects, nor show any of their values; a detail
  is 404, the same 404 as for an id that does not exist (OPTIONS too).
- Writes (POST, PUT, PATCH, DELETE, actions such as revoke) addressed to those objects: 403,
  404 or 405. A create or sync naming them (POST to a collection): also 400 when it is refused
  for the reason in ``CREATE_REFUSALS``.
- Nothing changes: the rows of learners, apprenticeships, achievements, API keys,
  organisations, memberships and approvals are the same before and after every request.
- Anonymous: 401 or 403 everywhere, and nothing changes.

Then writes through a record of one's own that reach the first organisations' data: moving
one's apprenticeship to provider1, and naming provider1's learner by ULN with other details
(refused: ``learner_mismatch``).

A new endpoint fails ``test_every_tenant_endpoint_is_in_the_matrix`` when its path has a
parameter ``_fill`` does not know; and a new create whose body is not in ``_body`` fails the
matrix with its 400: say there what the endpoint takes.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from dataclasses import dataclass

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from drf_spectacular.generators import EndpointEnumerator
from rest_framework.test import APIClient

from epa.assessments.models import (
    Appeal,
    Assessment,
    ConflictDeclaration,
    Judgement,
    MethodAssessment,
)
from epa.certificates.models import Certificate
from epa.core.actor import SYSTEM
from epa.core.models import AuditEvent
from epa.gateway.models import (
    EvidenceItem,
    GatewayAttempt,
    GatewayComponent,
    GatewaySubmission,
)
from epa.learners.models import Achievement, Apprenticeship, Learner
from epa.organisations.models import ApiKey, EPAOApproval, Membership, Organisation
from epa.organisations.services import api_key_create
from epa.pathways.models import BreakInLearning, Withdrawal
from epa.webhooks.models import Delivery, Event, Subscription
from epa.webhooks.services import subscription_create
from tests.support.epa import book, judge_all, release, start_epa
from tests.support.gateway import READY_FACTS, option_ksb_codes, review_all
from tests.support.world import make_uln

pytestmark = pytest.mark.django_db

API = "/api/v1/"
# Public by design: the catalogue and the assessment plans need no caller to be read. (Plans
# are written by EPAO admins: their tenancy is tested in tests/plans.)
CATALOGUE = ("/api/v1/standards", "/api/v1/assessment-plans")
# Shared by design between members of any organisation: the directory, to name an employer
# or EPAO on an apprenticeship. Members read it; nobody writes through it.
DIRECTORY = {"/api/v1/organisations/", "/api/v1/organisations/{pk}/"}
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]
WRITES = {"POST", "PUT", "PATCH", "DELETE"}
PARAM = re.compile(r"\{(\w+)\}")
# A create naming a provider the caller does not act for is invalid input naming the field:
# path -> the (attr, code) of that refusal. Any other 400 means the request was not understood
# and proves nothing: the matrix fails on it.
CREATE_REFUSALS = {
    "/api/v1/apprenticeships/": {("provider", "provider_not_yours")},
    "/api/v1/apprenticeships/sync/": {("provider", "provider_not_yours")},
    "/api/v1/webhooks/": {("organisation", "not_yours")},
}
# The first organisation's sync used this Idempotency-Key; the same key from another
# organisation must not replay its answer.
IDEMPOTENCY_KEY = "matrix-first-sync"

# Who of the first organisations reads an object in the control (provider1 by default).
OWN_READER = {ConflictDeclaration: "epao1-admin"}
SECOND_PEOPLE = ["provider2-admin", "provider2-staff", "employer2-admin", "employer2-staff",
                 "epao2-admin", "epao2-assessor", "epao2-quality_assurer"]
SECOND_KEYS = ["key:provider2", "key:employer2", "key:epao2"]


def _without_request_id(response) -> bytes | dict:
    """The response's body, but for its request id (each request has its own)."""
    if response.get("Content-Type") == "application/json":
        return {k: v for k, v in response.json().items() if k != "request_id"}
    return response.content


def tenant_endpoints() -> dict[str, type]:
    """Every routed path under /api/v1/ but the catalogue and the index (links, the same for
    everyone), with its view class."""
    endpoints: dict[str, type] = {}
    for path, _regex, _method, callback in EndpointEnumerator().get_api_endpoints():
        if path.startswith(API) and not path.startswith(CATALOGUE) and path != API:
            endpoints[path] = callback.cls
    return endpoints


ENDPOINTS = tenant_endpoints()


# -- the first organisations' objects -------------------------------------------------------

@dataclass
class Objects:
    apprenticeship: Apprenticeship
    learner: Learner
    achievement: Achievement
    key: ApiKey
    provider: Organisation
    sync_body: dict
    sentinels: list[str]  # values of theirs that no other caller may see
    evidence: EvidenceItem
    assessment: Assessment
    appeal: Appeal
    conflict: ConflictDeclaration
    subscription: Subscription
    delivery: Delivery
    certificate: Certificate

    def pk_of(self, model) -> object:
        return {Apprenticeship: self.apprenticeship.pk, Learner: self.learner.pk,
                Achievement: self.achievement.pk, ApiKey: self.key.prefix,
                Organisation: self.provider.pk, Assessment: self.assessment.pk,
                ConflictDeclaration: self.conflict.pk, Subscription: self.subscription.pk,
                Delivery: self.delivery.pk, Certificate: self.certificate.pk}[model]


def _sync_record(payload: dict) -> dict:
    """The sync record for an apprenticeship written with ``payload``."""
    learner = payload["learner"]
    return {**{k: learner[k] for k in ("uln", "given_names", "family_name", "date_of_birth")},
            "email": learner.get("email", ""), "standard": "ST0792", "version": "1.0",
            "option": "Production coordinator", "employer": payload["employer"],
            "epao": payload["epao"], "start_date": payload["start_date"],
            "planned_end_date": payload["planned_end_date"],
            "planned_otj_hours": payload["planned_otj_hours"],
            "has_ehc_plan": payload["has_ehc_plan"], "achievements": payload["achievements"]}


@pytest.fixture
def first(world) -> Objects:
    # provider1 hears of its apprenticeships (deliveries carry the learner's details).
    subscription = subscription_create(
        actor=SYSTEM, organisation=world.orgs["provider1"], description="Sentinel MIS",
        url="http://127.0.0.1:9/sentinel-hook", event_types=["apprenticeship.created"])
    payload = world.apprenticeship_payload()
    response = world.client("provider1-admin").post(f"{API}apprenticeships/", payload,
                                                    format="json")
    assert response.status_code == 201, response.json()
    apprenticeship = Apprenticeship.objects.get(pk=response.json()["id"])
    key, raw_key = api_key_create(actor=SYSTEM, organisation=world.orgs["provider1"],
                                  name="provider1 sync", scopes=["read", "write"])
    # provider1's system syncs the same record again with an Idempotency-Key: a stored answer
    # showing the learner, which a replay from another organisation would return.
    sync_body = {"provider": world.orgs["provider1"].pk,
                 "records": [_sync_record(payload)]}
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {raw_key}")
    synced = client.post(f"{API}apprenticeships/sync/", sync_body, format="json",
                         headers={"Idempotency-Key": IDEMPOTENCY_KEY})
    assert synced.status_code == 200, synced.json()
    assert synced.json()["results"][0]["outcome"] == "unchanged", synced.json()
    # The second organisations have an apprenticeship of their own, so that their lists are
    # not empty by accident.
    own_payload = world.apprenticeship_payload(
        provider="provider2", employer="employer2", epao="epao2",
        learner={"uln": make_uln("200000002"), "given_names": "Grace", "family_name": "Hopper",
                 "date_of_birth": "1999-01-02"}, achievements=[])
    own = world.client("provider2-admin").post(f"{API}apprenticeships/", own_payload,
                                               format="json")
    assert own.status_code == 201, own.json()
    epa = _through_the_epa(world, apprenticeship)
    evidence = epa["evidence"]
    # Old enough for the change feed, which serves rows a few seconds after they change.
    hour_ago = timezone.now() - dt.timedelta(hours=1)
    Apprenticeship.objects.update(updated_at=hour_ago)
    Learner.objects.update(updated_at=hour_ago)
    learner = apprenticeship.learner
    achievement = apprenticeship.achievements.get()
    return Objects(
        apprenticeship=apprenticeship, learner=learner, achievement=achievement, key=key,
        provider=world.orgs["provider1"], sync_body=sync_body,
        sentinels=[learner.uln, learner.family_name, learner.email, key.prefix,
                   achievement.evidence_reference, evidence.title, evidence.reference,
                   epa["appeal"].grounds, epa["conflict"].reason, subscription.url,
                   subscription.secret, epa["certificate"].contact_name],
        evidence=evidence, assessment=epa["assessment"], appeal=epa["appeal"],
        conflict=epa["conflict"], subscription=subscription,
        delivery=Delivery.objects.get(subscription=subscription),
        certificate=epa["certificate"],
    )


def _through_the_epa(world, apprenticeship: Apprenticeship) -> dict:
    """Take the first apprenticeship through the gateway and a released EPA, leaving a lodged
    appeal and a declared conflict: an object of every kind for the matrix to aim at."""
    client, url = world.client("provider1-admin"), f"{API}apprenticeships/{apprenticeship.pk}/"
    opened = client.post(f"{url}gateway/", READY_FACTS, format="json")
    assert opened.status_code == 201, opened.json()
    added = client.post(f"{url}gateway/evidence/", {
        "title": "Sentinel call sheets", "reference": "https://files.example.org/sentinel",
        "evidence_date": "2025-06-01", "ksbs": option_ksb_codes()}, format="json")
    assert added.status_code == 201, added.json()
    client.post(f"{url}gateway/declaration/", {"declaration": "Ready."}, format="json")
    assert client.post(f"{url}gateway/submit/").status_code == 200
    world.client("employer1-admin").post(f"{url}gateway/sign-off/", {"declaration": "Ready."},
                                         format="json")
    assert review_all(world, apprenticeship.pk)["status"] == "passed"

    call_command("load_assessment_plans", stdout=io.StringIO())
    assessment = start_epa(world, apprenticeship.pk)["id"]
    for method in ("M1", "M2"):
        assert book(world, assessment, method).status_code == 200
        judge_all(world, assessment, method, "pass")
    release(world, assessment)
    appeal = world.client("provider1-admin").post(f"{API}assessments/{assessment}/appeal/", {
        "method": "M1", "grounds": "Sentinel grounds of appeal."}, format="json")
    assert appeal.status_code == 201, appeal.json()
    conflict = world.client("epao1-admin").post(f"{API}assessor-conflicts/", {
        "assessor": "epao1-assessor", "epao": world.orgs["epao1"].pk,
        "organisation": world.orgs["employer1"].pk, "reason": "Sentinel former employer."},
        format="json")
    assert conflict.status_code == 201, conflict.json()
    certificate = world.client("epao1-admin").post(f"{API}certificates/", {
        "apprenticeship": apprenticeship.pk, **CERTIFICATE_CONTACT}, format="json")
    assert certificate.status_code == 201, certificate.json()
    return {"evidence": EvidenceItem.objects.get(), "assessment": Assessment.objects.get(),
            "appeal": Appeal.objects.get(), "conflict": ConflictDeclaration.objects.get(),
            "certificate": Certificate.objects.get()}


CERTIFICATE_CONTACT = {"contact_name": "Sentinel Contact", "address_line1": "1 High Street",
                       "city": "Coventry", "postcode": "CV1 2WT", "achievement_date": "2026-01-15"}


# The rows no request here may change; a key's last use is recorded when it calls.
SNAPSHOT = [(Learner, ()), (Apprenticeship, ()), (Achievement, ()), (ApiKey, ("last_used_at",)),
            (Organisation, ()), (Membership, ()), (EPAOApproval, ()),
            (GatewaySubmission, ()), (GatewayComponent, ()), (EvidenceItem, ()),
            (GatewayAttempt, ()), (AuditEvent, ()), (Assessment, ()),
            (MethodAssessment, ()), (Judgement, ("recorded_at",)), (Appeal, ()),
            (ConflictDeclaration, ()), (Subscription, ()), (Event, ()), (Delivery, ()),
            (Withdrawal, ()), (BreakInLearning, ()), (Certificate, ())]


def snapshot() -> dict[str, list[tuple]]:
    """Every row of those tables (plain SQL: the matrix takes one per request)."""
    quote = connection.ops.quote_name
    rows = {}
    with connection.cursor() as cursor:
        for model, skip in SNAPSHOT:
            columns = ", ".join(quote(f.column) for f in model._meta.concrete_fields
                                if f.name not in skip)
            cursor.execute(f"SELECT {columns} FROM {quote(model._meta.db_table)} "
                           f"ORDER BY {quote(model._meta.pk.column)}")
            rows[model._meta.db_table] = cursor.fetchall()
    return rows


class Watch:
    """Has the database changed since the last look? One snapshot per request."""

    def __init__(self) -> None:
        self.last = snapshot()

    def changed(self) -> bool:
        now = snapshot()
        changed, self.last = now != self.last, now
        return changed


def caller(world, who: str) -> tuple[APIClient, Organisation | None]:
    if who == "anonymous":
        return APIClient(), None
    if who.startswith("key:"):
        org = who.removeprefix("key:")
        return world.key_client(org), world.orgs[org]
    return world.client(who), world.orgs[who.split("-")[0]]


def _fill(path: str, view: type, first: Objects, own: Organisation | None
          ) -> list[tuple[str, str]]:
    """(description, url) for ``path`` pointed at the first organisations' objects; for a
    nested path, also the caller's own organisation above the first organisation's object."""
    params = PARAM.findall(path)
    values = {}
    for name in params:
        if name in ("pk", "id"):
            values[name] = first.pk_of(view.model)
        elif name == "organisation_id":
            values[name] = first.provider.pk
        elif name == "prefix":
            values[name] = first.key.prefix
        elif name == "apprenticeship_pk":
            values[name] = first.apprenticeship.pk
        elif name == "evidence_pk":
            values[name] = first.evidence.pk
        elif name == "component":
            values[name] = "english"
        elif name == "method_code":
            values[name] = "M1"
        elif name == "criterion_code":
            values[name] = "PR1"
        elif name == "appeal_pk":
            values[name] = first.appeal.pk
        elif name == "webhook_id":
            values[name] = first.subscription.pk
        else:
            raise LookupError(f"{path}: say in _fill which object of the first organisations "
                              f"{{{name}}} names")
    urls = [("first's", path.format(**values))]
    if own is not None and "organisation_id" in params and len(params) > 1:
        urls.append(("own organisation, first's object",
                     path.format(**{**values, "organisation_id": own.pk})))
    return urls


def _missing(path: str) -> str:
    """``path`` with ids that exist nowhere: a hidden object must answer the same."""
    return path.format(**{name: "ffffffff" if name == "prefix" else 987654321
                          for name in PARAM.findall(path)})


def _body(world, first: Objects, path: str, view: type) -> dict:
    if path == "/api/v1/apprenticeships/sync/":
        return first.sync_body  # provider1's records, for provider1
    if view.model is ApiKey:
        return {"name": "intruder", "scopes": ["read", "write"]}
    if path == "/api/v1/assessments/":
        return {"apprenticeship": first.apprenticeship.pk}  # start the first's EPA
    if view.model is Subscription:  # subscribe for provider1
        return {"organisation": first.provider.pk, "url": "http://127.0.0.1:9/intruder",
                "event_types": ["apprenticeship.created"]}
    if path == "/api/v1/assessments/record-outcome/":  # record the first's outcome
        return {"apprenticeship": first.apprenticeship.pk, "outcome": "fail",
                "outcome_date": "2026-01-10"}
    if view.model is Certificate:  # request (or change) the first's certificate
        return {"apprenticeship": first.apprenticeship.pk, **CERTIFICATE_CONTACT}
    if view.model is ConflictDeclaration:  # bar the first's assessor from its apprentice
        return {"assessor": "epao1-assessor", "epao": world.orgs["epao1"].pk,
                "uln": first.learner.uln, "reason": "Intrusion."}
    # For provider1, employer1 and epao1, with a new learner.
    return world.apprenticeship_payload(
        planned_otj_hours=1,
        learner={"uln": make_uln("300000003"), "given_names": "Mallory",
                 "family_name": "Intruder", "date_of_birth": "1990-01-01"})


def _allowed(url: str) -> set[str]:
    callback = get_resolver().resolve(url).func
    actions = getattr(callback, "actions", None)
    if actions is not None:
        return {m.upper() for m in actions} | {"OPTIONS"}
    return {m.upper() for m in callback.cls.http_method_names}


def _request(client: APIClient, method: str, url: str, body: dict | None = None):
    if body is None:
        return client.generic(method, url)
    return client.generic(method, url, json.dumps(body), content_type="application/json",
                          headers={"Idempotency-Key": IDEMPOTENCY_KEY})


def _shown(response, sentinels: list[str]) -> list[str]:
    text = response.content.decode()
    return [f"shows {value!r}" for value in sentinels if value and value in text]


def _error_pairs(response) -> set[tuple[str, str]]:
    try:
        return {(e.get("attr"), e.get("code")) for e in response.json().get("errors", [])}
    except (ValueError, AttributeError):
        return set()


def _listed_ids(response) -> set[str]:
    body = response.json()
    rows = body.get("results", []) if isinstance(body, dict) else body
    return {str(row.get("id")) for row in rows if isinstance(row, dict)}


def check_endpoint(world, first: Objects, client: APIClient, own: Organisation | None,
                   path: str, watch: Watch) -> tuple[int, list[str]]:
    """Every method on ``path`` pointed at the first organisations' objects, by a caller of the
    second organisations: (requests made, failures)."""
    view = ENDPOINTS[path]
    has_params = bool(PARAM.search(path))
    failures, count = [], 0
    write_body = _body(world, first, path, view)
    for label, url in _fill(path, view, first, own):
        allowed = _allowed(url)
        for method in METHODS:
            body = write_body if method in WRITES else None
            response = _request(client, method, url, body)
            count += 1
            status, where = response.status_code, f"{method} {url} ({label})"
            failures += [f"{where}: {problem}" for problem in _shown(response, first.sentinels)]
            if watch.changed():
                failures.append(f"{where}: changed the database ({status})")
            if method not in allowed:
                expected = {403, 404, 405}
            elif method == "GET":
                expected = {200} if path in DIRECTORY or not has_params else {404}
                if status == 200 and path not in DIRECTORY and \
                        str(first.pk_of(view.model)) in _listed_ids(response):
                    failures.append(f"{where}: lists the first organisation's object")
            else:
                expected = {403, 404, 405}
                if not has_params and _error_pairs(response) & CREATE_REFUSALS.get(path, set()):
                    expected.add(400)
            if status not in expected:
                failures.append(f"{where}: {status}, expected one of {sorted(expected)}: "
                                f"{response.content[:300]!r}")
        if has_params and path not in DIRECTORY and label == "first's":
            # A hidden object answers as one that does not exist (OPTIONS too).
            for method in sorted({"GET", "OPTIONS"} & allowed):
                hidden, missing = _request(client, method, url), _request(
                    client, method, _missing(path))
                count += 2
                failures += [f"{method} {url}: {p}" for p in _shown(hidden, first.sentinels)]
                if watch.changed():
                    failures.append(f"{method} {url}: changed the database")
                if (hidden.status_code, _without_request_id(hidden)) != (
                        missing.status_code, _without_request_id(missing)):
                    failures.append(f"{method} {url}: answers unlike a missing id "
                                    f"({hidden.status_code} vs {missing.status_code})")
    return count, failures


# -- the matrix -----------------------------------------------------------------------------

@pytest.mark.parametrize("who", SECOND_PEOPLE + SECOND_KEYS)
def test_second_organisations_neither_see_nor_change_the_first(world, first, who):
    client, own = caller(world, who)
    watch = Watch()
    failures, count = [], 0
    for path in sorted(ENDPOINTS):
        made, found = check_endpoint(world, first, client, own, path, watch)
        count, failures = count + made, failures + found
    assert count >= len(METHODS) * len(ENDPOINTS)
    assert not failures, f"{who}:\n" + "\n".join(failures)


def test_anonymous_callers_are_refused(world, first):
    client, watch = APIClient(), Watch()
    failures = []
    for path, view in sorted(ENDPOINTS.items()):
        write_body = _body(world, first, path, view)
        for _label, url in _fill(path, view, first, None):
            for method in METHODS:
                body = write_body if method in WRITES else None
                response = _request(client, method, url, body)
                if response.status_code not in (401, 403):
                    failures.append(f"{method} {url}: {response.status_code}")
                failures += [f"{method} {url}: {p}" for p in _shown(response, first.sentinels)]
                if watch.changed():
                    failures.append(f"{method} {url}: changed the database")
    assert not failures, "\n".join(failures)


def test_the_first_organisation_sees_its_objects(world, first):
    """The control: the matrix's urls and ids do point at the first organisation's objects
    (read by provider1, or by epao1 for what only an EPAO reads)."""
    for path, view in ENDPOINTS.items():
        client = world.client(OWN_READER.get(view.model, "provider1-admin"))
        for _label, url in _fill(path, view, first, None):
            if "GET" not in _allowed(url):
                continue
            response = client.get(url)
            assert response.status_code == 200, (url, response.json())
            if getattr(view, "aggregate", False):
                continue  # figures (the outcomes report): no ids nor values of one apprentice
            if not PARAM.search(path):
                assert str(first.pk_of(view.model)) in _listed_ids(response), url
            elif view.model not in (Organisation, ApiKey, Subscription):
                assert first.learner.uln in response.content.decode(), url
    replayed = _request(world.key_client("provider1"), "POST", f"{API}apprenticeships/sync/",
                        first.sync_body)
    assert replayed.headers.get("Idempotent-Replayed") == "true"


def test_the_matrix_catches_a_leak(world, first, monkeypatch):
    """Not vacuous: with tenancy switched off for apprenticeships and API keys, it fails."""
    from epa.learners.api.views import ApprenticeshipViewSet
    from epa.organisations.api.views import ApiKeyViewSet

    monkeypatch.setattr(ApprenticeshipViewSet, "scoped_queryset",
                        lambda self, actor: Apprenticeship.objects.all())
    monkeypatch.setattr(ApiKeyViewSet, "scoped_queryset", lambda self, actor: ApiKey.objects.all())
    # ...and the key service's own policy check, the second line of defence, switched off too.
    monkeypatch.setattr("epa.organisations.services.require", lambda *args, **kwargs: None)
    client, own = caller(world, "provider2-admin")
    watch = Watch()
    found = {path: check_endpoint(world, first, client, own, path, watch)[1] for path in (
        "/api/v1/apprenticeships/", "/api/v1/apprenticeships/{pk}/",
        "/api/v1/organisations/{organisation_id}/api-keys/{prefix}/revoke/")}
    assert any("lists the first organisation's object" in f
               for f in found["/api/v1/apprenticeships/"])
    assert any(f.startswith("GET") and "shows" in f
               for f in found["/api/v1/apprenticeships/{pk}/"])
    assert any("changed the database" in f
               for f in found["/api/v1/organisations/{organisation_id}/api-keys/{prefix}/revoke/"])


# -- coverage -------------------------------------------------------------------------------

def _routed(patterns=None, prefix: str = ""):
    """(route, callback) of every URL pattern, straight from the resolver."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
        if isinstance(pattern, URLResolver):
            yield from _routed(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route, pattern.callback


def test_every_tenant_endpoint_is_in_the_matrix(world, first):
    in_matrix = set(ENDPOINTS.values())
    uncovered = [
        route for route, callback in _routed()
        if f"/{route}".startswith(API) and not f"/{route}".startswith(CATALOGUE)
        and f"/{route}" != API
        and getattr(callback, "cls", None) not in in_matrix
    ]
    for path, view in ENDPOINTS.items():
        try:
            _fill(path, view, first, None)
        except LookupError as exc:
            uncovered.append(str(exc))
    assert not uncovered, uncovered
    assert {"/api/v1/apprenticeships/", "/api/v1/apprenticeships/{pk}/", "/api/v1/learners/",
            "/api/v1/learners/{pk}/", "/api/v1/organisations/{organisation_id}/api-keys/",
            "/api/v1/organisations/{organisation_id}/api-keys/{prefix}/revoke/"
            } <= set(ENDPOINTS)


# -- writes through a record of one's own -----------------------------------------------------

def _own_apprenticeship(world) -> Apprenticeship:
    return Apprenticeship.objects.get(provider=world.orgs["provider2"])


@pytest.mark.parametrize("who", ["provider2-admin", "key:provider2"])
def test_own_apprenticeship_cannot_be_moved_to_the_first_provider(world, first, who):
    client, _ = caller(world, who)
    before = snapshot()
    response = client.patch(f"{API}apprenticeships/{_own_apprenticeship(world).pk}/",
                            {"provider": world.orgs["provider1"].pk}, format="json")
    assert response.status_code in (400, 403), response.json()
    assert snapshot() == before


def _learner_row(learner: Learner) -> dict:
    return Learner.objects.filter(pk=learner.pk).values(
        "uln", "given_names", "family_name", "date_of_birth", "email").get()


@pytest.mark.parametrize("how", ["create", "patch_own", "sync"])
def test_second_provider_cannot_rewrite_the_first_organisations_learner(world, first, how):
    """provider2 names the first organisations' learner by ULN, with other details and no
    email: the learner provider1, employer1 and epao1 see must not change, and provider2 must
    not be shown what it did not send."""
    client = world.key_client("provider2")
    before = _learner_row(first.learner)
    learner = {"uln": first.learner.uln, "given_names": "Eve", "family_name": "Changed",
               "date_of_birth": "1980-01-01"}
    if how == "sync":
        record = _sync_record(world.apprenticeship_payload(
            employer="employer2", epao="epao2", learner=learner, achievements=[]))
        del record["email"]
        response = client.post(f"{API}apprenticeships/sync/", {"records": [record]},
                               format="json")
    elif how == "create":
        response = client.post(f"{API}apprenticeships/", world.apprenticeship_payload(
            provider="provider2", employer="employer2", epao="epao2", learner=learner,
            achievements=[]), format="json")
    else:
        response = client.patch(f"{API}apprenticeships/{_own_apprenticeship(world).pk}/",
                                {"learner": learner}, format="json")
    assert response.status_code < 500
    assert _learner_row(first.learner) == before
    assert first.learner.email not in response.content.decode()
