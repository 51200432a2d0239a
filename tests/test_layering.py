"""The layering of the assessment apps, checked on their source: dependencies point one way
(the EPA uses plans, plans know nothing of the EPA), models import no services, and no import
hides inside a function (where it would hide a cycle instead of fixing its direction)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

EPA = Path(__file__).resolve().parent.parent / "epa"
APPS = ("plans", "assessments")


def _modules(app: str) -> list[Path]:
    return sorted(p for p in (EPA / app).rglob("*.py") if "migrations" not in p.parts)


def _imports(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, module) of every import in ``tree``."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
    return found


def _where(path: Path, line: int) -> str:
    return f"{path.relative_to(EPA.parent)}:{line}"


@pytest.mark.parametrize("app", APPS)
def test_no_function_local_imports(app):
    local = [
        _where(path, line)
        for path in _modules(app)
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for line, _module in _imports(node)
    ]
    assert local == []


@pytest.mark.parametrize("app", APPS)
def test_models_import_no_services(app):
    path = EPA / app / "models.py"
    services = [_where(path, line) for line, module in _imports(ast.parse(path.read_text()))
                if module.split(".")[-1] == "services"]
    assert services == []


def test_plans_do_not_depend_on_the_epa():
    upward = [_where(path, line) for path in _modules("plans")
              for line, module in _imports(ast.parse(path.read_text()))
              if module == "epa.assessments" or module.startswith("epa.assessments.")]
    assert upward == []
