"""The API against its committed OpenAPI schema, fuzzed by Schemathesis inside the test suite.

Schemathesis reads ``openapi/schema.yaml`` (what clients are generated from; ``make
schema-check`` keeps it equal to what the code generates) and calls the Django WSGI app in
process, no server. The objects in responses are read as closed (no undeclared fields), so a
field the server sends but the schema does not declare fails too. Every operation becomes one
test, ``test_api[GET /api/v1/...]``, running three phases with positive and negative data and
all response checks:

- examples: the schema's examples (``ST0792``, version ``1.0``, option ``Production
  coordinator``), missing parameters filled in, so the loaded catalogue is reached; and the
  hostile inputs of ``before_add_examples`` (``1e400``, lone surrogates, NUL, ``If-Match: "²"``,
  ``updated_since`` at +16:00...), so every run sends them whatever the seed;
- coverage: deterministic boundary and invalid values for each parameter, unexpected
  methods and repeated query parameters;
- fuzzing: ``EPA_FUZZ_EXAMPLES`` random cases per operation (default 25, to keep the suite
  fast; e.g. ``EPA_FUZZ_EXAMPLES=1000 make test PYTEST_ARGS=tests/contract`` for a long run).

The run is anonymous: operations that require credentials get only a few fuzzed cases (see
``CREDENTIALS_REQUIRED``).

With ``CI`` set, the fuzzing is derandomized: the same cases every run (``CI=true`` locally
replays a CI failure). Elsewhere the seed is random; a failure names it, and
``EPA_FUZZ_SEED=<seed>`` replays that run.
"""

import copy
import json
import os
from pathlib import Path

import pytest
import schemathesis
import yaml
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from schemathesis.checks import ignored_auth, negative_data_rejection, positive_data_acceptance
from schemathesis.core import NOT_SET

from config.wsgi import application

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "openapi" / "schema.yaml"
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's is ~10x faster
CI = os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}
MAX_EXAMPLES = int(os.environ.get("EPA_FUZZ_EXAMPLES", "25"))
SEED = os.environ.get("EPA_FUZZ_SEED")

# Every built-in response check, named so that none is dropped silently by a new default.
# ignored_auth: operations that require credentials must refuse missing and generated (invalid)
# ones (the catalogue's security is optional: cookieAuth or none). use_after_free,
# ensure_resource_availability and object_level_authorization need the stateful phase (create,
# then read/delete, as two identities), which parametrized tests do not run; they stay listed
# so they apply once it does. max_response_time is not set: timings on a loaded
# 2-core CI machine would make the suite flaky, and bench/ measures speed.
CHECKS = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
    "positive_data_acceptance",
    "negative_data_rejection",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "ignored_auth",
    "use_after_free",
    "ensure_resource_availability",
    "object_level_authorization",
]

raw_schema = yaml.load(SCHEMA_PATH.read_text(encoding="utf-8"), Loader=YAML_LOADER)
# The DfE surface answers in DfE's shape (any unrouted path under it is the project's 404):
# its hostile input is tested in tests/dfe/test_dfe_hostile.py.
raw_schema["paths"] = {path: item for path, item in raw_schema["paths"].items()
                       if not path.startswith("/api/dfe/")}
# Operations that no anonymous caller may use (their security has no empty alternative).
CREDENTIALS_REQUIRED = [
    operation["operationId"]
    for item in raw_schema["paths"].values() for operation in item.values()
    if isinstance(operation, dict) and {} not in operation.get("security", [{}])
]

def make_config(*, coverage: bool = True, max_examples: int = MAX_EXAMPLES,
                operations: list[dict] | None = None) -> schemathesis.Config:
    return schemathesis.Config.from_dict({
        **({"seed": int(SEED)} if SEED else {}),
        "base-url": "http://localhost",
        "generation": {
            "mode": "all",  # positive and negative data
            "max-examples": max_examples,  # the fuzzing phase, per operation
            "deterministic": CI,
            "unique-inputs": True,  # no budget spent on a case already sent
            # "database" is left to Hypothesis: locally a failing case is kept in .hypothesis/
            # (which ignores itself in git) and tried first next run; under CI there is none.
        },
        "phases": {
            "examples": {"enabled": True, "fill-missing": True},
            "coverage": {"enabled": coverage, "generate-duplicate-query-parameters": True},
            "fuzzing": {"enabled": True},
            # Parametrized tests do not run it (a schema.as_state_machine() test would), and
            # the schema declares no links between operations yet.
            "stateful": {"enabled": False},
        },
        "checks": {name: {"enabled": True} for name in CHECKS},
        "operations": operations or [],
    })


config = make_config(operations=[{
    # This run has no credentials, and DRF refuses a caller without them (401) before it
    # reads any input: the coverage phase's hundreds of input variants would all get that
    # same 401. A few fuzzed cases per operation check its shape, that generated
    # credentials are refused (ignored_auth) and that bad paths are 404s.
    "include-operation-id": CREDENTIALS_REQUIRED,
    "phases": {"coverage": {"enabled": False}},
    "generation": {"max-examples": 5},
}] if CREDENTIALS_REQUIRED else [])


def wsgi_app(environ, start_response):
    """The Django WSGI app, run as ``django.test.Client`` runs it.

    Django closes "old" database connections when a request starts and finishes; inside the
    test's transaction that would drop the connection (and the loaded catalogue with it on
    PostgreSQL). Like the test client, keep the connection for the request.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        response = application(environ, start_response)
        try:
            body = b"".join(response)
        finally:
            response.close()  # sends request_finished while close_old_connections is off
        return [body]
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _refs(node) -> set[str]:
    """Names of the components ``node`` refers to directly."""
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        found = {ref.rsplit("/", 1)[1]} if ref.startswith("#/components/schemas/") else set()
        return found.union(*(_refs(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(value) for value in node))
    return set()


def _reachable(names: set[str], components: dict) -> set[str]:
    seen: set[str] = set()
    while names:
        name = names.pop()
        if name not in seen:
            seen.add(name)
            names |= _refs(components[name])
    return seen


def responses_closed(document: dict) -> dict:
    """``document`` with every object only responses use closed: ``additionalProperties: false``.

    The published schema leaves objects open, so clients tolerate fields added later; this test
    holds the server to what it declares. Objects that requests use stay open (DRF ignores
    unknown input fields, so a negative case adding one is not an error).
    """
    components = document["components"]["schemas"]
    operations = [operation for item in document["paths"].values()
                  for operation in item.values() if isinstance(operation, dict)]
    in_responses = _reachable(_refs([op.get("responses") for op in operations]), components)
    in_requests = _reachable(
        _refs([[op.get("requestBody"), op.get("parameters")] for op in operations]), components)
    for name in in_responses - in_requests:
        component = components[name]
        if component.get("type") == "object" and "properties" in component:
            component.setdefault("additionalProperties", False)
    return document


# -- hostile inputs, in every run -----------------------------------------------------------
# Explicit examples added to each operation's examples phase, so that every run (whatever the
# seed and the number of fuzzed cases) sends what once caused a 500. Bodies are raw JSON text,
# which a generated value could not spell (1e400 is infinity to Python, "\ud800" a lone
# surrogate). tests/contract/test_bad_input.py sends the full cross product with real ids.
HOSTILE_VALUES = ["1e400", "-1e400", "1.5", str(10**30), '"\\ud800"', '"a\\u0000b"', "true",
                  "null", "[]", "{}"]
HOSTILE_BODIES = [b"1e400", b"NaN", b'{"\\ud800": 1}', b'{"x": "\\udfff"}', b"[]", b'"x"']
HOSTILE_HEADERS = {"If-Match": ['"\u00b2"', "abc"], "Idempotency-Key": ["a b", ""]}
HOSTILE_QUERY = {"updated_since": ["2024-01-01T00:00:00+16:00", "2024-01-01T00:00:00-16:00"],
                 "cursor": ["\x00"], "gateway_date": ["", "\x00"]}
HOSTILE_PATH = {"integer": [-1, 10**30], "string": ["\x00", "\u00b2"]}
# Stands for the caller's own apprenticeship in a path; call_with_credentials puts its id in,
# so that hostile bodies reach the parser and serializers instead of a 404.
OWN_APPRENTICESHIP = -4242


def _raw_body(body: dict, name: str, raw: str) -> bytes:
    marker = "\x01hostile\x01"
    return json.dumps({**body, name: marker}).replace(json.dumps(marker), raw).encode()


def before_add_examples(context, examples: list) -> None:
    """Add the hostile cases of one operation to its explicit examples."""
    operation = context.operation
    base = examples[0] if examples else operation.Case()
    path_parameters = dict(base.path_parameters or {})
    for name in ("apprenticeship_pk", "id"):
        if name in path_parameters and operation.path.startswith("/api/v1/apprenticeships/"):
            path_parameters[name] = OWN_APPRENTICESHIP

    def case(**changes):
        values = {"path_parameters": path_parameters, "query": base.query,
                  "headers": base.headers, **changes}
        if "body" not in changes and base.body is not NOT_SET:
            values.update(body=base.body, media_type=base.media_type)
        return operation.Case(**values)

    if any(body.media_type == "application/json" for body in operation.body):
        fields = base.body if isinstance(base.body, dict) else {}
        names = list(fields) or ["x"]
        for index, raw in enumerate(HOSTILE_VALUES):  # each value once, spread over the fields
            examples.append(case(body=_raw_body(fields, names[index % len(names)], raw),
                                 media_type="application/json"))
        examples.extend(case(body=raw, media_type="application/json") for raw in HOSTILE_BODIES)
    for parameter in operation.headers:
        for value in HOSTILE_HEADERS.get(parameter.name, []):
            examples.append(case(headers={**(base.headers or {}), parameter.name: value}))
    for parameter in operation.query:
        for value in HOSTILE_QUERY.get(parameter.name, []):
            examples.append(case(query={**(base.query or {}), parameter.name: value}))
    for parameter in operation.path_parameters:
        kind = parameter.definition.get("schema", {}).get("type", "string")
        for value in HOSTILE_PATH.get(kind, []):
            examples.append(case(path_parameters={**path_parameters, parameter.name: value}))


schema = schemathesis.openapi.from_dict(responses_closed(raw_schema), config=config)
schema.app = wsgi_app


@schema.hook("before_add_examples")
def _hostile_examples_for_anonymous(context, examples: list) -> None:
    """Anonymous callers meet the 401 before any input is read: hostile input is sent to the
    operations that need credentials by the credentialed run below."""
    if context.operation.definition.raw.get("operationId") not in CREDENTIALS_REQUIRED:
        before_add_examples(context, examples)


# Which versions and options a standard has is data, not schema: a well-formed version or
# option that the standard does not have is a 400 with one of these codes (a documented
# response). Any other rejection of schema-valid data still fails.
DATA_DEPENDENT_CODES = {"unknown_version", "unknown_option"}


def positive_data_acceptance_except_unknown_values(ctx, response, case):
    """``positive_data_acceptance``, letting through a 400 for a version/option not in the data."""
    if response.status_code == 400:
        codes = {error.get("code") for error in response.json().get("errors", [])}
        if codes and codes <= DATA_DEPENDENT_CODES:
            return None
    return positive_data_acceptance(ctx, response, case)


def call_and_validate(case) -> None:
    try:
        case.call_and_validate(
            excluded_checks=[positive_data_acceptance],
            additional_checks=[positive_data_acceptance_except_unknown_values],
        )
    except BaseException as exc:
        if not CI or SEED:
            exc.add_note(f"Replay this run with EPA_FUZZ_SEED={schema.config.seed}")
        raise


@pytest.fixture(autouse=True)
def _shipped_catalogue(catalogue) -> None:
    """ST0792 1.0 with its options and ST0525 without a version, as `make run` loads them."""


@schema.parametrize()
@pytest.mark.django_db
def test_api(case):
    call_and_validate(case)


@pytest.mark.django_db
@pytest.mark.parametrize("path", [
    "/api/v1/standards/{reference}/",
    "/api/v1/standards/{reference}/versions/",
    "/api/v1/standards/{reference}/versions/{version}/",
    "/api/v1/standards/{reference}/ksbs/",
    "/api/v1/standards/{reference}/duties/",
    "/api/v1/standards/{reference}/progression/",
])
def test_nul_in_path_is_a_declared_404(path):
    """Found by hand, not by the fuzzer: PostgreSQL refuses a NUL in a query (a 500 once)."""
    values = {"reference": "ST\x000792", "version": "1.0"}
    case = schema[path]["GET"].Case(
        path_parameters={name: value for name, value in values.items() if f"{{{name}}}" in path}
    )
    response = case.call_and_validate()
    assert response.status_code == 404


# -- with credentials ---------------------------------------------------------------------------
# The operations that need a caller, run as callers of every kind, so the checks reach past the
# 401s: the provider's API key (it may write everything here) with every phase, and the other
# kinds (an EPAO's key, an employer's staff member and an assessor, logged in) with examples and
# a few fuzzed cases each, which reach their 403s, 404s and narrower lists.
AUTH_MAX_EXAMPLES = max(1, MAX_EXAMPLES // 3)
WRITER = "provider1-key"
OTHER_IDENTITIES = ["epao1-key", "employer1-staff", "epao1-assessor"]


SYNC_RECORD_ERRORS_ARE_RESULTS = [{
    # Sync answers 200 with a per-record `error` result for a record that breaks the record
    # schema: by design a bad record must not fail the batch (the issue asks that valid
    # records are stored while others fail). The request envelope is still checked.
    "include-operation-id": ["api_v1_apprenticeships_sync_create"],
    "checks": {"negative_data_rejection": {"enabled": False}},
}]



def only_operations(document: dict, operation_ids: list[str]) -> dict:
    """A copy of ``document`` with only the paths that have one of these operations. A path's
    other operations stay, so that its ``Allow`` header (every method of the path, e.g. a
    public GET beside a POST for EPAO admins) still matches the schema."""
    document = copy.deepcopy(document)
    for path, item in list(document["paths"].items()):
        if not any(isinstance(op, dict) and op.get("operationId") in operation_ids
                   for op in item.values()):
            del document["paths"][path]
    return document


def _auth_schema(**config):
    loaded = schemathesis.openapi.from_dict(
        only_operations(responses_closed(raw_schema), CREDENTIALS_REQUIRED),
        config=make_config(operations=SYNC_RECORD_ERRORS_ARE_RESULTS, **config))
    loaded.app = wsgi_app
    return loaded


writer_schema = _auth_schema(coverage=True, max_examples=AUTH_MAX_EXAMPLES)
writer_schema.hook(before_add_examples)
reader_schema = _auth_schema(coverage=False, max_examples=max(1, MAX_EXAMPLES // 5))


def _credentials(world, identity: str) -> dict:
    """Headers and cookies that make a request as ``identity``."""
    from django.middleware.csrf import _get_new_csrf_string
    from django.test import Client

    from epa.core.actor import SYSTEM
    from epa.organisations.services import api_key_create

    if identity.endswith("-key"):
        _, raw = api_key_create(actor=SYSTEM,
                                organisation=world.orgs[identity.removesuffix("-key")],
                                name="fuzz", scopes=["read", "write"])
        return {"headers": {"Authorization": f"Bearer {raw}"}}
    client = Client()
    client.force_login(world.users[identity])
    csrf = _get_new_csrf_string()
    return {"headers": {"X-CSRFToken": csrf},
            "cookies": {"sessionid": client.cookies["sessionid"].value, "csrftoken": csrf}}


def _rule_codes() -> set[str]:
    """The codes of the services' rules and of the objects' state (400, 409, 412), from the
    registry (``epa.core.codes``): not the HTTP layer's own (``http``: a bad header, cursor or
    repeated parameter is something the schema says)."""
    from epa.core.codes import codes_for_status

    return {code for status in (400, 409, 412)
            for code in codes_for_status(status, exclude_groups=["http"])}


# Beyond what a schema can say: which ids exist, the ULN check digit, dates in order, approvals,
# and whether a cursor is one the API gave.
RULE_CODES = DATA_DEPENDENT_CODES | _rule_codes() | {"invalid_cursor"}


def positive_data_acceptance_except_rules(ctx, response, case):
    """``positive_data_acceptance``, letting through a 4xx whose codes are all business rules,
    and a 403 for a role the operation is not for (the schema cannot say who may write)."""
    if response.status_code in (400, 403, 404, 409, 422):
        codes = {error.get("code") for error in response.json().get("errors", [])}
        # role_required: the schema cannot say which roles may write; the idempotency codes:
        # the same generated Idempotency-Key sent earlier in the run with another body.
        allowed = RULE_CODES | {"role_required", "not_found", "idempotency_key_reused",
                                "idempotency_key_in_progress"}
        if codes and codes <= allowed:
            return None
    return positive_data_acceptance(ctx, response, case)


_CREDENTIALS: dict[str, dict] = {}
_OWN: dict[int, int] = {}  # OWN_APPRENTICESHIP -> the id of the world's apprenticeship


@pytest.fixture(autouse=True)
def _world_and_credentials(request):
    """For the credentialed run: the World, an apprenticeship of provider1 so that reads find
    something, and the caller's credentials. (Hypothesis runs many cases in one test call and
    refuses function-scoped fixtures as arguments, so they are handed over here.)"""
    identity = getattr(request.node, "callspec", None) and request.node.callspec.params.get(
        "identity")
    if not identity:
        yield
        return
    world = request.getfixturevalue("world")
    created = world.client("provider1-admin").post("/api/v1/apprenticeships/",
                                                   world.apprenticeship_payload(), format="json")
    _CREDENTIALS[identity] = _credentials(world, identity)
    _OWN[OWN_APPRENTICESHIP] = created.json()["id"]
    yield
    _CREDENTIALS.clear()
    _OWN.clear()


@writer_schema.parametrize()
@pytest.mark.parametrize("identity", [WRITER])
@pytest.mark.django_db
def test_api_with_credentials(case, identity):
    call_with_credentials(case, identity)


@reader_schema.parametrize()
@pytest.mark.parametrize("identity", OTHER_IDENTITIES)
@pytest.mark.django_db
def test_api_with_other_roles(case, identity):
    call_with_credentials(case, identity)


def call_with_credentials(case, identity: str) -> None:
    credentials = _CREDENTIALS[identity]
    if case.path_parameters and OWN_APPRENTICESHIP in case.path_parameters.values():
        case.path_parameters = {name: _OWN.get(value, value)
                                for name, value in case.path_parameters.items()}
    excluded = [positive_data_acceptance]
    if "cookies" in credentials:
        # ignored_auth strips the credentials it knows how to send; a session cookie given
        # here is not one of them, so it would report the still-logged-in call as "accepted
        # without auth". Refusing callers without credentials is checked by test_api (every
        # operation here, anonymous) and by the API-key identities.
        excluded.append(ignored_auth)
    sent = {name.lower() for name in credentials.get("headers", {})}
    if any(name.lower() in sent for name in (case.headers or {})):
        # The case's own (perhaps schema-violating) value of a credentials header is replaced
        # by the caller's: the request sent is not the negative case generated, so its
        # acceptance says nothing. Bad credentials are checked by test_api and the auth tests.
        excluded.append(negative_data_rejection)
    try:
        case.call_and_validate(
            excluded_checks=excluded,
            additional_checks=[positive_data_acceptance_except_rules],
            **credentials,
        )
    except BaseException as exc:
        if not CI or SEED:
            exc.add_note(f"Replay with EPA_FUZZ_SEED={case.operation.schema.config.seed}, "
                         f"as {identity}")
        raise
