"""`manage.py import_standards`: the Skills England standards API JSON format."""

import copy
import io
import json
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from epa.standards.models import KSB, Duty, Option, Standard, StandardVersion
from epa.standards.selectors import version_snapshot

pytestmark = pytest.mark.django_db

FIXTURE = Path(__file__).parent / "fixtures" / "skills_england_ST0792_1.0.json"


@pytest.fixture
def record() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def _import(tmp_path, payload, *, stdin: bool = False) -> str:
    out = io.StringIO()
    if stdin:
        old = sys.stdin
        sys.stdin = io.StringIO(json.dumps(payload))
        try:
            call_command("import_standards", "-", stdout=out)
        finally:
            sys.stdin = old
    else:
        path = tmp_path / "standards.json"
        path.write_text(json.dumps(payload), encoding="utf-8")
        call_command("import_standards", str(path), stdout=out)
    return out.getvalue()


def _import_refused(tmp_path, payload) -> str:
    """Import what must be refused in part: the command exits non-zero; its output."""
    out = io.StringIO()
    path = tmp_path / "standards.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    with pytest.raises(CommandError, match="refused"):
        call_command("import_standards", str(path), stdout=out)
    return out.getvalue()


def _catalogue_state() -> tuple:
    return (
        Standard.objects.count(), StandardVersion.objects.count(), Option.objects.count(),
        KSB.objects.count(), Duty.objects.count(), Duty.ksbs.through.objects.count(),
    )


def _content(snapshot: dict) -> dict:
    """The catalogue content both formats carry."""
    keys = ["version", "status", "typical_duration_months", "core_and_options",
            "typical_job_titles", "options", "ksbs", "duties"]
    return {k: snapshot[k] for k in keys}


def test_st0792_record_produces_the_shipped_catalogue(tmp_path, record, catalogue):
    shipped = version_snapshot(StandardVersion.objects.get(standard__reference="ST0792"))
    StandardVersion.objects.filter(standard__reference="ST0792").delete()
    Standard.objects.filter(reference="ST0792").delete()

    assert "ST0792 v1.0: created" in _import(tmp_path, record)

    imported = version_snapshot(StandardVersion.objects.get(standard__reference="ST0792"))
    assert _content(imported) == _content(shipped)
    assert len(imported["ksbs"]) == 56 and len(imported["duties"]) == 12
    standard = Standard.objects.get(reference="ST0792")
    assert (standard.title, standard.level, standard.lars_code) == (
        "Junior production coordinator", 4, 598)


def test_import_over_shipped_data_records_source_ids_and_changes_no_content(
        tmp_path, record, catalogue):
    before = version_snapshot(StandardVersion.objects.get(standard__reference="ST0792"))
    # The shipped data has no Skills England ids: the first import records them...
    assert "ST0792 v1.0: updated" in _import(tmp_path, record)
    after = version_snapshot(StandardVersion.objects.get(standard__reference="ST0792"))
    assert after == before  # progression and employers, absent from this format, are kept
    # ...and the second finds nothing to do.
    assert "ST0792 v1.0: unchanged" in _import(tmp_path, record)


def test_reimport_is_idempotent(tmp_path, record):
    assert "created" in _import(tmp_path, record)
    state = _catalogue_state()
    assert "ST0792 v1.0: unchanged" in _import(tmp_path, [record])
    assert _catalogue_state() == state


def test_changed_text_updates_in_place(tmp_path, record):
    _import(tmp_path, record)
    record["knowledges"][0]["detail"] = "A corrected statement."
    assert "ST0792 v1.0: updated" in _import(tmp_path, record)
    assert KSB.objects.get(code="K1").text == "A corrected statement."
    assert StandardVersion.objects.count() == 1


def test_new_version_is_added_beside_the_old(tmp_path, record):
    _import(tmp_path, record)
    newer = copy.deepcopy(record)
    newer["version"] = "1.1"
    newer["skills"].append({"skillId": "0b7a3c4e-0000-4000-8000-000000000001",
                            "detail": "A new skill."})
    out = _import(tmp_path, [newer])
    assert "ST0792 v1.1: created" in out
    versions = {v.version: v.ksbs.count() for v in StandardVersion.objects.all()}
    assert versions == {"1.0": 56, "1.1": 57}


def test_reads_standard_input_and_arrays(tmp_path, record):
    other = copy.deepcopy(record)
    other.update(referenceNumber="ST0001", title="Another standard", larsCode=0)
    out = _import(tmp_path, [record, other], stdin=True)
    assert "ST0792 v1.0: created" in out and "ST0001 v1.0: created" in out
    assert Standard.objects.get(reference="ST0001").lars_code is None


def test_ksb_codes_from_position_or_prefix(tmp_path, record):
    record["knowledges"] = [
        {"knowledgeId": k["knowledgeId"], "detail": k["detail"]} for k in record["knowledges"]
    ]
    _import(tmp_path, record)
    assert KSB.objects.get(code="K29").text.startswith("The editorial process")
    # behaviours carry "B1: " prefixes in the fixture; the prefix is stripped from the text
    assert KSB.objects.get(code="B1").text.startswith("Work on own initiative")


@pytest.mark.parametrize(
    ("mutate", "field", "code"),
    [
        (lambda r: r.pop("referenceNumber"), "referenceNumber", "required"),
        (lambda r: r.update(referenceNumber="ABC"), "referenceNumber", "invalid_reference"),
        (lambda r: r.update(level="four"), "level", "invalid_type"),
        (lambda r: r.update(level=9), "level", "invalid_level"),
        (lambda r: r.update(version="one"), "version", "invalid_version"),
        (lambda r: r.update(status="Maybe"), "status", "invalid_choice"),
        (lambda r: r["duties"][0]["mappedKnowledge"].append("no-such-id"),
         "duties[0].mappedKnowledge", "unknown_ksb"),
        (lambda r: r["duties"][8].update(mappedOptions=[]), "duties[8].mappedOptions",
         "duty_option_count"),
        (lambda r: r["duties"][8].update(mappedOptions=["nope"]), "duties[8].mappedOptions",
         "unknown_option"),
        (lambda r: r["skills"][0].pop("detail"), "skills[0].detail", "required"),
        (lambda r: r.update(coreAndOptions=False), "coreAndOptions", "options_not_allowed"),
        (lambda r: r["behaviours"].append(dict(r["behaviours"][0])), "behaviours[4]",
         "duplicate_ksb"),
    ],
)
def test_malformed_record_names_record_and_field_and_imports_nothing(
    tmp_path, record, mutate, field, code
):
    good = copy.deepcopy(record)
    good.update(referenceNumber="ST0001", title="Good standard")
    bad = copy.deepcopy(record)
    mutate(bad)
    out = _import_refused(tmp_path, [good, bad])
    line = next(x for x in out.splitlines() if "record 1" in x)
    assert "refused" in line and f"field {field}:" in line and f"[{code}]" in line
    # The refused standard wrote nothing; the good one, a standard of its own, was imported.
    assert not Standard.objects.filter(reference="ST0792").exists()
    assert "ST0001 v1.0: created" in out
    assert out.splitlines()[-1].endswith("1 refused")


def test_not_json_or_missing_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(CommandError, match="not valid JSON"):
        call_command("import_standards", str(path))
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_standards", str(tmp_path / "missing.json"))
    out = _import_refused(tmp_path, ["text"])
    assert "record 0" in out and "field record: Expected a JSON object" in out


def test_load_standards_is_idempotent(catalogue):
    state = _catalogue_state()
    out = io.StringIO()
    call_command("load_standards", stdout=out)
    assert out.getvalue().splitlines() == ["ST0525: unchanged", "ST0792 v1.0: unchanged"]
    assert _catalogue_state() == state
