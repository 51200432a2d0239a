"""The shipped ST0792 data against the text of the occupational standard, which the project
keeps beside its data (``epa/standards/data``), a copy of the published standard."""

import re

import pytest

from epa.standards.loaders import DATA_DIR
from epa.standards.models import KSB, Duty, Standard, StandardVersion
from epa.standards.selectors import ksbs_for_option

REFERENCE = DATA_DIR / "ST0792-junior-production-coordinator.txt"

pytestmark = pytest.mark.django_db


def _reference_lines() -> list[str]:
    return [line.strip() for line in REFERENCE.read_text(encoding="utf-8").splitlines()]


def _reference_ksbs() -> dict[str, str]:
    """KSB code -> full text, joining the lines a statement wraps over."""
    lines = _reference_lines()
    section = lines[lines.index("KSBs"):lines.index("Qualifications")]
    ksbs: dict[str, str] = {}
    current = None
    for line in section:
        match = re.match(r"^([KSB]\d+): (.*)$", line)
        if match:
            current = match.group(1)
            ksbs[current] = match.group(2)
        elif line in ("Skills", "Behaviours"):
            current = None
        elif line and current:
            ksbs[current] += " " + line
    return ksbs


def _reference_duty_mappings() -> dict[int, set[str]]:
    lines = _reference_lines()
    section = lines[lines.index("Core occupation duties"):lines.index("KSBs")]
    duties: dict[int, set[str]] = {}
    current = None
    for line in section:
        match = re.match(r"^Duty (\d+) ", line)
        if match:
            current = int(match.group(1))
            duties[current] = set()
        elif current and re.fullmatch(r"([KSB]\d+ ?)+", line):
            duties[current] |= set(line.split())
    return duties


def test_counts_match_the_reference(catalogue):
    version = StandardVersion.objects.get(standard__reference="ST0792", major=1, minor=0)
    reference = _reference_ksbs()
    assert len(reference) == 56
    assert version.ksbs.count() == len(reference)
    assert version.ksbs.filter(kind="knowledge").count() == 29
    assert version.ksbs.filter(kind="skill").count() == 23
    assert version.ksbs.filter(kind="behaviour").count() == 4
    assert version.duties.count() == 12
    assert list(version.options.values_list("title", flat=True)) == [
        "Production coordinator", "Post production coordinator",
    ]


@pytest.mark.parametrize("code", ["K1", "K12", "K16", "K21", "K29", "S2", "S15", "S23", "B2", "B4"])
def test_ksb_texts_are_exact(catalogue, code):
    ksb = KSB.objects.get(version__standard__reference="ST0792", code=code)
    assert ksb.text == _reference_ksbs()[code]


def test_every_ksb_text_matches(catalogue):
    stored = dict(
        KSB.objects.filter(version__standard__reference="ST0792").values_list("code", "text")
    )
    assert stored == _reference_ksbs()


def test_duty_mappings_are_exact(catalogue):
    reference = _reference_duty_mappings()
    assert sorted(reference) == list(range(1, 13))
    for duty in Duty.objects.filter(version__standard__reference="ST0792").prefetch_related("ksbs"):
        assert {k.code for k in duty.ksbs.all()} == reference[duty.number], duty.number


def test_option_duties_and_derived_ksb_counts(catalogue):
    version = StandardVersion.objects.get(standard__reference="ST0792")
    by_option = {
        o.title: sorted(o.duties.values_list("number", flat=True)) for o in version.options.all()
    }
    assert by_option == {"Production coordinator": [9, 10], "Post production coordinator": [11, 12]}
    counts = {o.title: ksbs_for_option(version=version, option=o).count()
              for o in version.options.all()}
    assert counts == {"Production coordinator": 47, "Post production coordinator": 46}
    assert ksbs_for_option(version=version, option=None).count() == 37


def test_standard_metadata(catalogue):
    st = Standard.objects.get(reference="ST0792")
    version = st.versions.get()
    assert (st.title, st.level, st.route, st.lars_code) == (
        "Junior production coordinator", 4, "Creative and design", 598)
    assert version.typical_duration_months == 18
    assert version.core_and_options is True
    assert "Entry Level 3" in version.english_maths_requirements
    assert "British Sign Language (BSL)" in version.english_maths_requirements
    assert "Post production coordinator" in version.typical_job_titles
    assert version.involved_employers[0] == "BBC" and "Sony" in version.involved_employers
    route = version.progression_routes.get()
    assert (route.to_reference, route.to_title, route.to_level) == (
        "ST0525", "Creative industries production manager", 7)
    target = Standard.objects.get(reference="ST0525")
    assert target.level == 7 and not target.versions.exists()
