"""Every error code the source gives is defined in the registry (``epa.core.codes``), with the
status its exception answers with: so the schema's enums, built from the registry, name it, and
a new code cannot be added without defining it.

The source is read (AST) for the literal codes given to ``FieldError`` (400),
``ErrorDetail(code=...)`` (400), ``StateConflict`` (409), ``Forbidden`` and ``require``
(403), ``error_response(<status>, <code>)``, and the API exceptions' ``code=`` and
``default_code`` (their ``status_code``). A name bound to a literal (``INVALID_IF_MATCH``) is
followed to it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import epa
from epa.core import codes

ROOT = Path(epa.__file__).resolve().parent

# The status of each exception, by the name it is raised or subclassed by.
EXCEPTION_STATUS = {"FieldError": 400, "ErrorDetail": 400, "StateConflict": 409,
                    "Forbidden": 403, "PermissionDenied": 403, "NotFound": 404,
                    "Conflict": 409, "PreconditionFailed": 412, "PreconditionRequired": 428,
                    "PayloadTooLarge": 413, "DatabaseUnavailable": 503,
                    "StaleVersion": 412, "VersionRequired": 428}
# The argument position of the code, when given positionally.
CODE_POSITION = {"FieldError": 1, "StateConflict": 0, "Forbidden": 0, "require": 2,
                 "error_response": 1}


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8")))
            for path in sorted(ROOT.rglob("*.py")) if "migrations" not in path.parts]


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _constants(modules) -> dict[str, str]:
    """Module-level names bound to a literal code, or to ``define(..., "<code>", ...)``."""
    found: dict[str, set[str]] = {}
    for _, tree in modules:
        for node in tree.body:
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name)):
                continue
            value = node.value
            if isinstance(value, ast.Call) and _name(value.func) == "define":
                value = value.args[2] if len(value.args) > 2 else None
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                found.setdefault(node.targets[0].id, set()).add(value.value)
    return {name: next(iter(values)) for name, values in found.items() if len(values) == 1}


def _literal(node: ast.expr | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and _name(node.func) == "define" and len(node.args) > 2:
        return _literal(node.args[2], constants)
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _status_code(node: ast.expr) -> int | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    name = _name(node)
    if name and name.startswith("HTTP_"):
        return int(name.split("_")[1])
    return None


def given_codes() -> set[tuple[str, int, str]]:
    """``(code, status, where)`` for every literal code the source gives."""
    modules = _modules()
    constants = _constants(modules)
    found = set()
    for path, tree in modules:
        where = str(path.relative_to(ROOT.parent))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = _name(node.func)
                keywords = {k.arg: k.value for k in node.keywords}
                code_node = keywords.get("code")
                position = CODE_POSITION.get(func)
                if code_node is None and position is not None and len(node.args) > position:
                    code_node = node.args[position]
                if func == "error_response" and node.args:
                    status = _status_code(node.args[0])
                elif func == "require":
                    status = 403
                else:
                    status = EXCEPTION_STATUS.get(func)
                code = _literal(code_node, constants)
                if code is not None and status is not None:
                    found.add((code, status, f"{where}:{node.lineno}"))
            elif isinstance(node, ast.ClassDef):
                attrs = {target.id: stmt.value for stmt in node.body
                         if isinstance(stmt, ast.Assign) for target in stmt.targets
                         if isinstance(target, ast.Name)}
                status = (_status_code(attrs["status_code"]) if "status_code" in attrs
                          else EXCEPTION_STATUS.get(node.name) or next(
                              (EXCEPTION_STATUS[_name(base)] for base in node.bases
                               if _name(base) in EXCEPTION_STATUS), None))
                code = _literal(attrs.get("default_code") or attrs.get("code"), constants)
                if code is not None and status is not None:
                    found.add((code, status, f"{where}:{node.lineno}"))
    return found


GIVEN = given_codes()


def test_the_scan_finds_the_codes_of_each_kind():
    statuses = {status for _, status, _ in GIVEN}
    assert {400, 403, 404, 409, 412, 413, 422, 428, 503} <= statuses, statuses
    assert ("gateway_not_editable", 409) in {(code, status) for code, status, _ in GIVEN}
    assert ("not_the_assigned_assessor", 403) in {(code, status) for code, status, _ in GIVEN}
    assert ("invalid_if_match", 400) in {(code, status) for code, status, _ in GIVEN}


def test_every_code_given_is_defined_with_its_status():
    undefined = sorted(f"{where}: {code!r} ({status}) is not defined for {status} in "
                       f"epa.core.codes" for code, status, where in GIVEN
                       if status not in codes.statuses(code))
    assert not undefined, "\n".join(undefined)


@pytest.mark.parametrize("status", [403, 409, 412, 413, 422, 428, 503])
def test_the_schema_enum_of_a_status_is_the_registry(status):
    from epa.api import error_schemas

    enum = getattr(error_schemas, f"ErrorCode{status}Enum")
    assert sorted(enum.values) == codes.codes_for_status(status)
    given = {code for code, given_status, _ in GIVEN if given_status == status}
    assert given <= set(enum.values)


def test_a_field_code_names_its_fields_for_the_schema():
    from epa.assessments import services as assessments
    from epa.gateway import services as gateway

    assert codes.field_codes(gateway.REVIEW_ERRORS) == {"reason": ["reason_required"]}
    assert "method_carried" in codes.field_codes(assessments.APPEAL_ERRORS)["method"]
    # a 409 as well as a 400: booking a carried method, or naming one in an appeal
    assert codes.statuses("method_carried") == {400, 409}
