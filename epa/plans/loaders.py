"""The assessment plans that ship with the project (``data/*-plan.json``), as plan data for
``services.plan_load``."""

from __future__ import annotations

import json
from pathlib import Path

from epa.standards.models import StandardVersion, parse_version

DATA_DIR = Path(__file__).resolve().parent / "data"


class PlanFileError(Exception):
    """A shipped plan file names a standard version or option that is not loaded."""


def shipped_plan_files() -> list[Path]:
    return sorted(DATA_DIR.glob("*-plan.json"))


def plan_data_from_file(path: Path) -> dict:
    """A plan file as plan data: the standard version and options resolved to the catalogue's
    (by reference, version number and option title); everything else as written."""
    raw = json.loads(path.read_text())
    reference, number = raw.pop("standard"), raw.pop("standard_version")
    major, minor = parse_version(number)
    version = StandardVersion.objects.filter(
        standard__reference=reference, major=major, minor=minor).select_related(
        "standard").first()
    if version is None:
        raise PlanFileError(f"{path.name}: {reference} {number} is not loaded; run "
                            "load_standards first.")
    options = {o.title.lower(): o for o in version.options.all()}
    for method in raw["methods"]:
        title = method.get("option")
        if title is not None:
            if title.lower() not in options:
                raise PlanFileError(f"{path.name}: {title!r} is not an option of {version}.")
            method["option"] = options[title.lower()]
    return {**raw, "standard_version": version, "owner": None}


def shipped_plans() -> list[dict]:
    return [plan_data_from_file(path) for path in shipped_plan_files()]

