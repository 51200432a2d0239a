"""A corpus of hostile requests against every write operation: none is a 5xx, and every answer
is one the schema declares for the operation, in the shape it declares.

The write operations (POST, PUT, PATCH, DELETE) come from the committed schema; each has a
caller and a valid body here (a new operation fails the test until it gets one). From
those, the corpus sends:

- hostile bodies: empty, not JSON, not an object, ``1e400``, ``NaN``, a lone surrogate as a key;
- every value of the body (nested ones too) replaced, one at a time, by a hostile value:
  ``1e400``, ``-1e400``, ``1.5``, ``10**30``, ``-1``, a lone surrogate, a NUL, ``"²"``, and
  each JSON type the value is not (``true``, ``null``, ``[]``, ``{}``, a number, a string);
- hostile headers: ``If-Match`` that is not an ETag (``"²"``), a bad ``Idempotency-Key``;
- hostile path parameters: NUL, negative, huge, fractional, ``²``;
- and, on the reads that sync clients poll, ``updated_since`` with an offset PostgreSQL refuses,
  a NUL in ``cursor``, an empty ``gateway_date``.

Each request runs in a savepoint that is rolled back, so every one meets the same world and a
database error cannot hide behind an aborted transaction. Responses are validated against the
operation's declared response schema (status, error codes and ``attr``), as Schemathesis does.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import yaml
from django.db import transaction
from model_bakery import baker

from epa.assessments.models import Appeal, Assessment
from epa.certificates.models import Certificate
from epa.core.actor import SYSTEM
from epa.gateway.models import EvidenceItem
from epa.organisations.services import api_key_create
from epa.webhooks.models import Delivery
from epa.webhooks.services import subscription_create
from tests.support.certificates import certificate_body
from tests.support.epa import when
from tests.support.gateway import READY_FACTS, gateway_url, new_apprenticeship
from tests.support.plans import example_body

pytestmark = pytest.mark.django_db

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "openapi" / "schema.yaml"
DOCUMENT = yaml.load(SCHEMA_PATH.read_text(encoding="utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
WRITE_METHODS = ("post", "put", "patch", "delete")
WRITE_OPERATIONS = {
    operation["operationId"]: (method, path, operation)
    for path, item in DOCUMENT["paths"].items()
    for method, operation in item.items() if method in WRITE_METHODS
    # The DfE surface answers in DfE's own shape: tests/dfe/test_dfe_hostile.py
    and path.startswith("/api/v1/")
}

# Raw JSON text: what json.dumps would never write is the point. Every value of a body gets
# the first list; top-level ones the second too (a nested value meets the same fields again).
SURROGATE = '"\\ud800"'
HOSTILE_VALUES = ["1e400", "1.5", str(10**30), SURROGATE, '"a\\u0000b"']
MORE_HOSTILE_VALUES = ["-1e400", "1.0", "-1", '"\\u00b2"']
OTHER_TYPES = ["true", "null", "[]", "{}", "1", '"x"']
HOSTILE_BODIES = ["", "{", "[]", '"x"', "1", "null", "true", "1e400", "NaN", "[{}]",
                  '{"x": 1e400}', '{"\\ud800": 1}', '{"x": "\\udfff"}']
HOSTILE_HEADERS = {  # each sent to the operations that read the header
    "If-Match": ['"\u00b2"', "\u00b2", "abc", '"99999999999999999999"', '"1"'],
    "Idempotency-Key": ["a b", "x" * 300, "\u00e9", ""],
}
HOSTILE_PATH_VALUES = ["%00", "a%00", "-1", str(10**30), "1.5", "%C2%B2", "%ED%A0%80"]
# Operations whose body is another's: their values are sent to that one only.
SAME_BODY_AS = {"api_v1_assessment_plans_update": "api_v1_assessment_plans_create"}


# -- the world the corpus runs in ---------------------------------------------------------------

class Corpus:
    """Real ids, a caller and a valid body for every write operation."""

    def __init__(self, world, passed: int) -> None:
        self.world = world
        epao = world.client("epao1-admin")
        # the apprenticeship whose gateway has passed, its EPA started and M1 booked
        started = epao.post("/api/v1/assessments/", {"apprenticeship": passed}, format="json")
        assert started.status_code == 201, started.json()
        self.assessment = Assessment.objects.get(pk=started.json()["id"])
        booked = epao.post(f"/api/v1/assessments/{self.assessment.pk}/methods/M1/booking/",
                           {"scheduled_at": when(), "assessor": "epao1-assessor"}, format="json")
        assert booked.status_code == 200, booked.json()
        criterion = booked.json()["methods"][0]["pending_criteria"][0]
        method = self.assessment.plan.methods.get(code="M1")
        appeal = Appeal.objects.create(
            assessment=self.assessment, method=method, grounds="x", lodged_by="x",
            lodged_by_organisation=world.orgs["provider1"])
        # an apprenticeship whose gateway is a draft, for the provider's and employer's writes
        draft = new_apprenticeship(world, uln_seed="100000002")
        assert world.client("provider1-admin").post(gateway_url(draft), READY_FACTS,
                                                    format="json").status_code == 201
        evidence = EvidenceItem.objects.filter(submission__apprenticeship_id=passed).first()
        created = epao.post("/api/v1/assessment-plans/", example_body(), format="json")
        assert created.status_code == 201, created.json()
        key, _ = api_key_create(actor=SYSTEM, organisation=world.orgs["provider1"], name="k",
                                scopes=["read"])
        # provider1's webhook subscription, and a delivery of it done (to replay)
        subscription = subscription_create(
            actor=SYSTEM, organisation=world.orgs["provider1"], url="http://127.0.0.1:9/hook",
            event_types=["apprenticeship.created"])
        new_apprenticeship(world, uln_seed="100000004")
        delivery = Delivery.objects.get(subscription=subscription)
        Delivery.objects.filter(pk=delivery.pk).update(status="delivered")
        certificate = baker.make(
            Certificate, apprenticeship_id=passed, epao=world.orgs["epao1"],
            reference=f"{passed:08d}", uln="1000000019", level=4,
            learning_start_date="2024-09-01", standard_version="1.0", status="draft")
        self.path_values = {
            "apprenticeship_pk": passed, "id": self.assessment.pk, "method_code": "M1",
            "criterion_code": criterion, "component": "english", "evidence_pk": evidence.pk,
            "appeal_pk": appeal.pk, "organisation_id": world.orgs["provider1"].pk,
            "prefix": key.prefix, "webhook_id": subscription.pk, "pk": delivery.pk,
        }
        self.overrides = {  # path values other than the shared ones, per operation
            "api_v1_apprenticeships_partial_update": {"id": passed},
            "api_v1_assessment_plans_update": {"id": created.json()["id"]},
            "api_v1_webhooks_partial_update": {"id": subscription.pk},
            "api_v1_webhooks_destroy": {"id": subscription.pk},
            **{op: {"id": certificate.pk} for op in (
                "api_v1_certificates_partial_update", "api_v1_certificates_destroy",
                "api_v1_certificates_submit_create")},
            **{op: {"apprenticeship_pk": draft} for op in (
                "api_v1_apprenticeships_gateway_partial_update",
                "api_v1_apprenticeships_gateway_declaration_create",
                "api_v1_apprenticeships_gateway_evidence_create",
                "api_v1_apprenticeships_gateway_sign_off_create",
                "api_v1_apprenticeships_gateway_submit_create")},
        }
        self.clients = {who: world.client(who) for who in {*CALLERS.values(), DEFAULT_CALLER}}
        for client in self.clients.values():
            client.raise_request_exception = False

    def body(self, operation_id: str):
        world = self.world
        payload = world.apprenticeship_payload(uln_seed="100000003")
        bodies = {
            "api_v1_apprenticeships_create": payload,
            "api_v1_apprenticeships_partial_update": {
                "planned_otj_hours": 450, "has_ehc_plan": True, "option": payload["option"],
                "epao": payload["epao"], "learner": payload["learner"],
                "achievements": payload["achievements"]},
            "api_v1_apprenticeships_sync_create": {"provider": payload["provider"], "records": [{
                "uln": payload["learner"]["uln"], "given_names": "Ada", "family_name": "L",
                "date_of_birth": "2000-12-10", "email": "ada@example.org", "standard": "ST0792",
                "version": "1.0", "option": "Production coordinator",
                "employer": payload["employer"], "epao": payload["epao"],
                "start_date": "2024-09-01", "planned_end_date": "2026-03-01",
                "planned_otj_hours": 400, "has_ehc_plan": False,
                "achievements": payload["achievements"]}]},
            "api_v1_apprenticeships_gateway_create": READY_FACTS,
            "api_v1_apprenticeships_gateway_partial_update": READY_FACTS,
            "api_v1_apprenticeships_gateway_components_review_create": {
                "decision": "reject", "reason": "Not legible."},
            "api_v1_apprenticeships_gateway_declaration_create": {"declaration": "Ready."},
            "api_v1_apprenticeships_gateway_sign_off_create": {"declaration": "Ready."},
            "api_v1_apprenticeships_gateway_evidence_create": {
                "title": "Call sheets", "description": "Season 2", "reference": "p/1",
                "evidence_date": "2025-06-01", "ksbs": ["K1", "S1"]},
            "api_v1_apprenticeships_gateway_evidence_destroy": None,
            "api_v1_apprenticeships_gateway_submit_create": None,
            "api_v1_assessment_plans_create": example_body(),
            "api_v1_assessment_plans_update": example_body(),
            "api_v1_assessments_create": {"apprenticeship": self.path_values["apprenticeship_pk"]},
            "api_v1_assessments_methods_booking_create": {
                "scheduled_at": when(), "location": "Studio 4", "remote": False,
                "assessor": "epao1-assessor"},
            "api_v1_assessments_methods_judgements_update": {
                "met": True, "evidence_note": "Seen.", "ksbs_observed": []},
            "api_v1_assessments_quality_assurance_create": {
                "changes": [{"method": "M1", "grade": "pass", "reason": "Moderated."}],
                "note": "Checked."},
            "api_v1_assessments_resit_create": {
                "kind": "resit", "exceptional_circumstances": True, "exceptional_reason": "Ill."},
            "api_v1_assessments_appeal_create": {"method": "M1", "grounds": "Unfair."},
            "api_v1_assessments_appeals_decision_create": {
                "decision": "dismiss", "reason": "Graded fairly."},
            "api_v1_assessments_record_outcome_create": {
                "apprenticeship": self.path_values["apprenticeship_pk"], "outcome": "pass",
                "outcome_date": "2026-01-10", "kind": "resit", "grade": "Merit",
                "version": "1.0", "option": "Production"},
            "api_v1_certificates_create": certificate_body(self.path_values["apprenticeship_pk"]),
            "api_v1_certificates_partial_update": {
                "overall_grade": "Merit", "achievement_date": "2026-01-15", "city": "Leeds"},
            "api_v1_certificates_destroy": None,
            "api_v1_certificates_submit_create": None,
            "api_v1_assessor_conflicts_create": {
                "assessor": "epao1-assessor", "epao": world.orgs["epao1"].pk,
                "uln": payload["learner"]["uln"], "organisation": None, "reason": "Neighbour."},
            "api_v1_organisations_api_keys_create": {
                "name": "MIS", "scopes": ["read", "write"], "personal": False,
                "expires_at": "2030-01-01T00:00:00Z"},
            "api_v1_organisations_api_keys_revoke_create": None,
            "api_v1_webhooks_create": {
                "url": "http://127.0.0.1:9/hook", "event_types": ["gateway.decided"],
                "active": True, "description": "MIS", "organisation": world.orgs["provider1"].pk},
            "api_v1_webhooks_partial_update": {
                "url": "http://127.0.0.1:9/other", "event_types": ["gateway.decided"],
                "active": False, "description": "Paused"},
            "api_v1_webhooks_destroy": None,
            "api_v1_webhooks_deliveries_replay_create": None,
            "api_v1_apprenticeships_withdraw_create": {
                "withdrawn_on": "2025-01-01", "reason": "personal", "note": "Moved away."},
            "api_v1_apprenticeships_break_in_learning_create": {
                "starts_on": "2025-01-01", "reason": "Illness."},
            "api_v1_apprenticeships_return_to_learning_create": {"returned_on": "2025-02-01"},
            "api_v1_apprenticeships_further_learning_complete_create": {"note": "Done."},
            "api_v1_apprenticeships_progress_create": {
                "standard_version": "ST0792/1.0", "option": None,
                "employer": payload["employer"], "epao": None, "start_date": "2026-09-01",
                "planned_end_date": "2028-03-01", "planned_otj_hours": 500,
                "has_ehc_plan": False, "prior_learning_hours": 10,
                "prior_learning_note": "Scheduling."},
        }
        return copy.deepcopy(bodies[operation_id])

    def url(self, operation_id: str, path: str, replace: dict | None = None) -> str:
        values = {**self.path_values, **self.overrides.get(operation_id, {}), **(replace or {})}
        for name, value in values.items():
            path = path.replace(f"{{{name}}}", str(value))
        return path


BODYLESS = {"api_v1_apprenticeships_gateway_evidence_destroy",
            "api_v1_apprenticeships_gateway_submit_create",
            "api_v1_organisations_api_keys_revoke_create", "api_v1_webhooks_destroy",
            "api_v1_webhooks_deliveries_replay_create", "api_v1_certificates_destroy",
            "api_v1_certificates_submit_create"}
DEFAULT_CALLER = "provider1-admin"
CALLERS = {
    "api_v1_apprenticeships_gateway_sign_off_create": "employer1-admin",
    "api_v1_apprenticeships_gateway_components_review_create": "epao1-admin",
    "api_v1_assessment_plans_create": "epao1-admin",
    "api_v1_assessment_plans_update": "epao1-admin",
    "api_v1_assessments_create": "epao1-admin",
    "api_v1_assessments_methods_booking_create": "epao1-admin",
    "api_v1_assessments_methods_judgements_update": "epao1-assessor",
    "api_v1_assessments_quality_assurance_create": "epao1-quality_assurer",
    "api_v1_assessments_resit_create": "epao1-admin",
    "api_v1_assessments_appeal_create": "epao1-admin",
    "api_v1_assessments_appeals_decision_create": "epao1-admin",
    "api_v1_assessor_conflicts_create": "epao1-admin",
    "api_v1_assessments_record_outcome_create": "epao1-admin",
    "api_v1_certificates_create": "epao1-admin",
    "api_v1_certificates_partial_update": "epao1-admin",
    "api_v1_certificates_destroy": "epao1-admin",
    "api_v1_certificates_submit_create": "epao1-admin",
}


# -- building the corpus ------------------------------------------------------------------------

def _nodes(value, path=()):
    """Paths to every value inside ``value`` (the first item of each list only)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*path, key)
            yield from _nodes(item, (*path, key))
    elif isinstance(value, list) and value:
        yield (*path, 0)
        yield from _nodes(value[0], (*path, 0))


def _replaced(body, path: tuple, raw: str) -> str:
    """``body`` as JSON text with the value at ``path`` replaced by the raw JSON ``raw``."""
    body = copy.deepcopy(body)
    marker = "\x01hostile\x01"
    target = body
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = marker
    return json.dumps(body).replace(json.dumps(marker), raw)


def _other_types(value) -> list[str]:
    kinds = {bool: "true", type(None): "null", list: "[]", dict: "{}", int: "1", str: '"x"'}
    own = kinds.get(type(value))
    return [raw for raw in OTHER_TYPES if raw != own]


def requests_for(corpus: Corpus, operation_id: str):
    """``(label, method, url, raw body or None, headers)`` for one write operation."""
    method, path, operation = WRITE_OPERATIONS[operation_id]
    url = corpus.url(operation_id, path)
    body = corpus.body(operation_id)
    valid = "" if body is None else json.dumps(body)
    yield "valid", method, url, valid, {}
    for raw in HOSTILE_BODIES:
        yield f"body {raw!r}", method, url, raw, {}
    nodes = [] if operation_id in SAME_BODY_AS else _nodes(body)
    for node in nodes:
        value = body
        for step in node:
            value = value[step]
        more = MORE_HOSTILE_VALUES if len(node) == 1 else []
        for raw in [*HOSTILE_VALUES, *more, *_other_types(value)]:
            yield f"{'.'.join(map(str, node))}={raw}", method, url, _replaced(body, node, raw), {}
    reads = {p["name"] for p in operation.get("parameters", []) if p["in"] == "header"}
    for name in reads & set(HOSTILE_HEADERS):
        for value in HOSTILE_HEADERS[name]:
            yield f"{name}: {value!r}", method, url, valid, {name: value}
    for name in {part[1:-1] for part in path.split("/") if part.startswith("{")}:
        for raw in HOSTILE_PATH_VALUES:
            yield (f"path {name}={raw}", method, corpus.url(operation_id, path, {name: raw}),
                   valid, {})


READS = [  # (operation id, query) for the reads sync clients poll
    *[(op, {"updated_since": f"2024-01-01T00:00:00{offset}"})
      for op in ("api_v1_learners_list", "api_v1_apprenticeships_list",
                 "api_v1_apprenticeships_changes_list")
      for offset in ("+16:00", "-16:00", "+15:59", "+05:30:15")],
    ("api_v1_learners_list", {"updated_since": "0001-01-01T00:00:00+15:00"}),
    ("api_v1_apprenticeships_changes_list", {"cursor": "\x00"}),
    ("api_v1_apprenticeships_changes_list", {"cursor": "MjAyNC0wMS0wMVQwMDowMDowMCswMDowMHzCsg=="}),
    ("api_v1_apprenticeships_gateway_evaluation_retrieve", {"gateway_date": ""}),
    ("api_v1_apprenticeships_gateway_evaluation_retrieve", {"gateway_date": "\x00"}),
    ("api_v1_apprenticeships_gateway_evaluation_retrieve", {"gateway_date": "9999-12-31"}),
]
OPERATIONS = {operation["operationId"]: (method, path, operation)
              for path, item in DOCUMENT["paths"].items()
              for method, operation in item.items() if isinstance(operation, dict)}


# -- checking a response ------------------------------------------------------------------------

def _validator(*pointer: str):
    """A validator of the schema at ``pointer`` in the document (its ``$ref``s resolved)."""
    from openapi_schema_validator import OAS30Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    registry = Registry().with_resource("urn:epa", Resource.from_contents(
        DOCUMENT, default_specification=DRAFT4))
    escaped = "/".join(part.replace("~", "~0").replace("/", "~1") for part in pointer)
    return OAS30Validator({"$ref": f"urn:epa#/{escaped}"}, registry=registry)


VALIDATORS: dict[tuple[str, str], object] = {}


def problems(operation: dict, response, method: str, path: str) -> list[str]:
    """What is wrong with ``response`` as an answer of ``operation``; empty if nothing."""
    status = str(response.status_code)
    if response.status_code >= 500:
        return [f"a {status}"]
    declared = operation["responses"].get(status)
    if declared is None:
        return [f"{status} is not declared"]
    schema = declared.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return []
    try:
        data = response.json()
    except ValueError:
        return [f"{status} is not JSON"]
    key = (operation["operationId"], status)
    if key not in VALIDATORS:
        VALIDATORS[key] = _validator("paths", path, method, "responses", status, "content",
                                     "application/json", "schema")
    errors = [error.message[:300] for error in VALIDATORS[key].iter_errors(data)]
    if response.status_code >= 400 and not errors:
        shapes = [set(error) == {"code", "detail", "attr"} for error in data["errors"]]
        if not (data["type"] and shapes and all(shapes)):
            errors.append("not the error shape")
    return [f"{status} {json.dumps(data)[:300]}: {error}" for error in errors]


def _send(client, method: str, url: str, raw: str | None, headers: dict,
          content_type: str = "application/json"):
    sid = transaction.savepoint()
    try:
        return client.generic(method.upper(), url, (raw or "").encode("utf-8", "surrogatepass"),
                              content_type=content_type, headers=headers)
    finally:
        transaction.savepoint_rollback(sid)


# -- the tests ----------------------------------------------------------------------------------

def test_no_hostile_request_is_a_5xx_or_undeclared(world, passed):
    corpus = Corpus(world, passed)
    for operation_id in WRITE_OPERATIONS:  # a new operation needs a caller and a body here
        assert corpus.body(operation_id) is not None or operation_id in BODYLESS, operation_id
    failures, statuses = [], {}

    def check(operation: dict, method: str, path: str, label: str, response) -> None:
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        failures.extend(f"{label}: {problem}"
                        for problem in problems(operation, response, method, path))

    for operation_id, (method, path, operation) in WRITE_OPERATIONS.items():
        client = corpus.clients[CALLERS.get(operation_id, DEFAULT_CALLER)]
        for label, _, url, raw, headers in requests_for(corpus, operation_id):
            check(operation, method, path, f"{method.upper()} {url} [{label}]",
                  _send(client, method, url, raw, headers))
        url = corpus.url(operation_id, path)
        check(operation, method, path, f"{method.upper()} {url} [text/plain]",
              _send(client, method, url, '{"a": 1}', {}, content_type="text/plain"))
    client = corpus.clients[DEFAULT_CALLER]
    for operation_id, query in READS:
        method, path, operation = OPERATIONS[operation_id]
        url = corpus.url(operation_id, path)
        sid = transaction.savepoint()
        try:
            response = client.get(url, query)
        finally:
            transaction.savepoint_rollback(sid)
        check(operation, method, path, f"GET {url} {query!r}", response)
    sent = sum(statuses.values())
    print(f"{sent} requests: {dict(sorted(statuses.items()))}")
    assert sent > 500, sent
    assert set(statuses) - {200, 201} and statuses.get(400, 0) > sent // 2, statuses
    assert not failures, f"{len(failures)} of {sent}:\n" + "\n".join(failures[:60])
