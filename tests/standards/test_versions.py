"""Versions over time: a new version keeps what its record does not restate, a version in use
never changes, source ids and per-standard figures come from the file, and a directory of many
standards imports standard by standard."""

import copy
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from epa.standards.models import KSB, Standard, StandardVersion
from epa.standards.selectors import version_snapshot

pytestmark = pytest.mark.django_db

FIXTURE = Path(__file__).parent / "fixtures" / "skills_england_ST0792_1.0.json"
BASE = "/api/v1/standards/ST0792"


@pytest.fixture
def record() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def _import(tmp_path, payload, name="standards.json") -> str:
    out = io.StringIO()
    path = tmp_path / name
    path.write_text(json.dumps(payload), encoding="utf-8")
    call_command("import_standards", str(path), "--no-progress", stdout=out)
    return out.getvalue()


def _version_1_1(record: dict) -> dict:
    newer = copy.deepcopy(record)
    newer["version"] = "1.1"
    return newer


def _remove_knowledge(record: dict, index: int) -> None:
    guid = record["knowledges"].pop(index)["knowledgeId"]
    for duty in record["duties"]:
        duty["mappedKnowledge"] = [k for k in duty["mappedKnowledge"] if k != guid]


# -- a new version keeps the facts its record does not restate ----------------------------

def test_new_version_keeps_progression_employers_and_english_maths(
        api_client, tmp_path, record, catalogue):
    _import(tmp_path, record)
    old = StandardVersion.objects.get(standard__reference="ST0792", major=1, minor=0)
    assert "ST0792 v1.1: created" in _import(tmp_path, _version_1_1(record))

    body = api_client.get(f"{BASE}/progression/").json()
    assert body["count"] == old.progression_routes.count() > 0
    latest = api_client.get(f"{BASE}/").json()["latest"]
    assert latest["version"] == "1.1"
    assert latest["involved_employers"] == old.involved_employers != []
    assert latest["english_maths_requirements"] == old.english_maths_requirements != ""


# -- a version in use never changes -------------------------------------------------------

@pytest.mark.parametrize(("mutate", "difference"), [
    (lambda r: _remove_knowledge(r, 28), "ksbs.K29: removed"),
    (lambda r: r["knowledges"][0].update(detail="Changed text."), "ksbs.K1: ("),
    (lambda r: r["options"][0].update(title="Renamed coordinator"),
     "options.'Production coordinator': removed"),
])
def test_version_in_use_is_refused_with_the_difference_and_nothing_written(
        tmp_path, record, plan, mutate, difference):
    version = StandardVersion.objects.get(standard__reference="ST0792")
    before = version_snapshot(version)
    mutate(record)
    out = io.StringIO()
    path = tmp_path / "standards.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(CommandError, match="1 standard"):
        call_command("import_standards", str(path), "--no-progress", stdout=out)
    line = out.getvalue().splitlines()[0]
    assert "[version_in_use]" in line and "plans.assessmentplan" in line
    assert difference in line and "refused" in line
    assert version_snapshot(version) == before
    assert not KSB.objects.filter(version=version).exclude(external_id="").exists()


def test_version_not_in_use_may_still_be_corrected(tmp_path, record, catalogue):
    record["knowledges"][0]["detail"] = "A corrected statement."
    assert "ST0792 v1.0: updated" in _import(tmp_path, record)
    assert KSB.objects.get(code="K1").text == "A corrected statement."


# -- source ids and per-standard figures -------------------------------------------------

def test_source_ids_are_kept_and_shown(api_client, tmp_path, record, plan):
    # in use, and unchanged but for the ids, which are recorded all the same
    record["duties"][0]["dutyID"] = record["duties"][0].pop("dutyId")
    assert "ST0792 v1.0: updated" in _import(tmp_path, record)

    ksbs = api_client.get(f"{BASE}/ksbs/", {"page_size": 500}).json()["results"]
    assert ksbs[0]["code"] == "K1"
    assert ksbs[0]["external_id"] == record["knowledges"][0]["knowledgeId"]
    duties = api_client.get(f"{BASE}/duties/", {"page_size": 500}).json()["results"]
    assert duties[0]["external_id"] == record["duties"][0]["dutyID"]  # the other spelling
    assert duties[-1]["external_id"] == record["duties"][-1]["dutyId"]
    options = api_client.get(f"{BASE}/").json()["latest"]["options"]
    assert [o["external_id"] for o in options] == [o["optionId"] for o in record["options"]]


def test_minimum_hours_and_epa_length_come_from_the_file(api_client, tmp_path, record):
    record.update(minimumHoursForCompliance="605", ePALength=3)
    _import(tmp_path, record)
    body = api_client.get(f"{BASE}/versions/1.0/").json()
    assert (body["min_off_the_job_hours"], body["epa_period_months"]) == (605, 3)


# -- the whole catalogue -----------------------------------------------------------------

def test_directory_of_standards_imports_each_on_its_own(tmp_path, record):
    folder = tmp_path / "catalogue"
    (folder / "nested").mkdir(parents=True)
    for n in range(1, 4):
        other = copy.deepcopy(record)
        other.update(referenceNumber=f"ST900{n}", title=f"Standard {n}", larsCode=9000 + n)
        (folder / f"ST900{n}.json").write_text(json.dumps([other, _version_1_1(other)]))
    bad = copy.deepcopy(record)
    bad.update(referenceNumber="ST9009", level=9)
    (folder / "nested" / "bad.json").write_text(json.dumps(bad))
    taken = copy.deepcopy(record)
    taken.update(referenceNumber="ST9008", larsCode=9001)  # ST9001's LARS code
    (folder / "nested" / "taken.json").write_text(json.dumps(taken))

    out = io.StringIO()
    with pytest.raises(CommandError, match="2 standard"):
        call_command("import_standards", str(folder), "--no-progress", stdout=out)
    lines = out.getvalue().splitlines()
    assert "ST9001 v1.0: created" in lines and "ST9003 v1.1: created" in lines
    assert any(x.startswith("ST9009 v1.0") and "[invalid_level]" in x for x in lines)
    assert any(x.startswith("ST9008 v1.0") and "field larsCode" in x for x in lines)
    assert lines[-1] == ("5 standard(s): 6 version(s) created, 0 updated, 0 unchanged, "
                         "2 refused")
    assert StandardVersion.objects.count() == 6
    assert not Standard.objects.filter(reference__in=["ST9008", "ST9009"]).exists()
