"""The committed schema is valid OpenAPI for strict validators, and says what it means.

``make schema-check`` runs the same validator on the command line.
"""

from __future__ import annotations

from pathlib import Path

import yaml

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "openapi" / "schema.yaml"


def _document() -> dict:
    return yaml.load(SCHEMA_PATH.read_text(encoding="utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def test_the_schema_is_valid_openapi_3_0():
    from openapi_spec_validator import OpenAPIV30SpecValidator

    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in OpenAPIV30SpecValidator(_document()).iter_errors()]
    assert not errors, "\n".join(errors)


def _schemas_with_defaults(node, path: str, in_properties: bool = False):
    """Every schema object in ``node`` that has a ``default``, with where it is (a property
    named ``default`` is not one)."""
    if isinstance(node, dict):
        if "default" in node and not in_properties:
            yield path, node
        for key, value in node.items():
            yield from _schemas_with_defaults(value, f"{path}/{key}",
                                              key == "properties" and not in_properties)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _schemas_with_defaults(value, f"{path}/{index}")


def test_every_default_is_a_value_its_schema_allows():
    """Validators do not check defaults, and a client generator writes them into code: a
    default the schema itself refuses (an e-mail field defaulting to '') breaks strict
    clients. Each default is validated against its own schema (format, enum, pattern,
    length, range, referenced components)."""
    from jsonschema.exceptions import ValidationError
    from openapi_schema_validator import OAS30Validator, oas30_format_checker
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    document = _document()
    registry = Registry().with_resource("", Resource.from_contents(
        document, default_specification=DRAFT4))
    checked, wrong = 0, []
    for path, schema in _schemas_with_defaults(document["components"]["schemas"],
                                               "#/components/schemas"):
        rest = {key: value for key, value in schema.items() if key != "default"}
        # A "#/components/..." reference resolves against the schema being validated: give it
        # the document's components (an unknown keyword to the validator otherwise).
        rest["components"] = document["components"]
        try:
            OAS30Validator(rest, registry=registry,
                           format_checker=oas30_format_checker).validate(schema["default"])
        except ValidationError as exc:
            wrong.append(f"{path}: default {schema['default']!r}: {exc.message}")
        checked += 1
    assert checked > 10
    assert not wrong, "\n".join(wrong)


def test_a_request_decimal_that_cannot_be_negative_has_no_sign_in_its_pattern():
    """The fuzzer sent ``"off_the_job_hours": "-84."`` as the pattern allowed, and got a 400
    ``min_value``: the pattern must say what the field accepts."""
    schemas = _document()["components"]["schemas"]
    for name in ("GatewayInputRequest", "PatchedGatewayInputRequest"):
        gateway = schemas[name]["properties"]
        assert gateway["off_the_job_hours"]["pattern"] == r"^\d{0,5}(?:\.\d{0,1})?$"
        assert gateway["prior_learning_reduction_hours"]["pattern"].startswith(r"^\d")
