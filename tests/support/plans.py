"""Assessment plan bodies for the API."""

from __future__ import annotations

import copy
import json

from epa.plans.loaders import DATA_DIR


def example_body() -> dict:
    """The shipped EXAMPLE plan as an API request body (valid for ST0792 1.0)."""
    raw = json.loads((DATA_DIR / "ST0792-1.0-example-plan.json").read_text())
    body = {"standard_version": f"{raw.pop('standard')}/{raw.pop('standard_version')}"}
    for key in ("version", "is_example"):
        raw.pop(key)
    raw["title"] = "Assess One plan for ST0792"
    return copy.deepcopy({**body, **raw})
