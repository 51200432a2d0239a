"""The shape of the code, checked: dependencies point one way.

- ``epa.core`` imports no other ``epa`` app; every app may import it.
- No import cycle between apps, nor between modules.
- No ``epa`` import inside a function (it would hide a cycle).
- Models import no services.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

import epa

ROOT = Path(epa.__file__).resolve().parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(module: str, node: ast.ImportFrom, is_package: bool) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _imports() -> dict[str, list[tuple[str, int, bool]]]:
    """module -> [(imported epa module, line, at module level)]"""
    found: dict[str, list[tuple[str, int, bool]]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        module = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top_level = {id(node) for node in tree.body}
        # imports under "if TYPE_CHECKING:" count as module level
        for node in tree.body:
            if isinstance(node, ast.If):
                top_level |= {id(child) for child in ast.walk(node)}
        rows = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                target = _resolve(module, node, path.name == "__init__.py")
                names = [target]
            else:
                continue
            rows += [(name, node.lineno, id(node) in top_level)
                     for name in names if name == "epa" or name.startswith("epa.")]
        found[module] = rows
    return found


IMPORTS = _imports()


def _app(module: str) -> str:
    """The unit of the layering: an app's domain (``epa.learners``), or an app's HTTP layer
    (``epa.learners.api`` and its FilterSets, ``epa.learners.filters``), which sits on top of
    every domain with ``epa.api``."""
    parts = module.split(".")
    if len(parts) > 2 and parts[2] in ("api", "filters"):
        return ".".join([*parts[:2], "api"])
    return ".".join(parts[:2])


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected component of more than one node (Tarjan)."""
    index, low, stack, on_stack, result, counter = {}, {}, [], set(), [], [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return result


def test_the_core_layer_imports_no_app():
    wrong = [f"{module}:{line} imports {name}" for module, rows in IMPORTS.items()
             if module.startswith("epa.core") for name, line, _ in rows
             if not name.startswith("epa.core")]
    assert not wrong, wrong


def test_no_epa_import_inside_a_function():
    hidden = [f"{module}:{line} imports {name}" for module, rows in IMPORTS.items()
              for name, line, top in rows if not top]
    assert not hidden, hidden


def test_no_cycle_between_apps():
    graph: dict[str, set[str]] = defaultdict(set)
    for module, rows in IMPORTS.items():
        for name, _, _ in rows:
            if _app(name) != _app(module):
                graph[_app(module)].add(_app(name))
    assert not _cycles(graph), _cycles(graph)


def test_no_cycle_between_modules():
    modules = set(IMPORTS)
    graph: dict[str, set[str]] = defaultdict(set)
    for module, rows in IMPORTS.items():
        for name, _, _ in rows:
            target = name if name in modules else name.rsplit(".", 1)[0]
            if target in modules and target != module:
                graph[module].add(target)
    assert not _cycles(graph), _cycles(graph)


def test_models_import_no_services():
    wrong = [f"{module}:{line} imports {name}" for module, rows in IMPORTS.items()
             if module.endswith(".models") for name, line, _ in rows
             if name.endswith((".services", ".sync", ".flow"))]
    assert not wrong, wrong


# Pairs (lower, upper): the lower app never imports the upper. The EPA uses assessment plans,
# plans know nothing of the EPA; the catalogue and organisations know nothing of the flows.
LAYERS = [("epa.plans", "epa.assessments"), ("epa.standards", "epa.learners"),
          ("epa.organisations", "epa.learners"), ("epa.learners", "epa.gateway"),
          ("epa.gateway", "epa.assessments"), ("epa.learners", "epa.webhooks"),
          ("epa.assessments", "epa.webhooks"),
          # certificates build on the EPA's outcomes; the DfE surface translates both and
          # nothing builds on it; pathways (withdrawal, breaks, progression) and reports sit
          # above the flows they close or count
          ("epa.assessments", "epa.certificates"), ("epa.certificates", "epa.dfe"),
          ("epa.assessments", "epa.dfe"), ("epa.learners", "epa.pathways"),
          ("epa.gateway", "epa.pathways"), ("epa.assessments", "epa.pathways"),
          ("epa.pathways", "epa.reports"), ("epa.certificates", "epa.reports")]


@pytest.mark.parametrize(("lower", "upper"), LAYERS)
def test_a_lower_app_never_imports_an_upper_one(lower, upper):
    wrong = [f"{module}:{line} imports {name}" for module, rows in IMPORTS.items()
             if _app(module) == lower for name, line, _ in rows if _app(name) == upper]
    assert not wrong, wrong
