"""The grade distribution of each standard as bars for an inline SVG (drawn on the server: no
script, no external font or file)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from epa.plans.models import Grade

COLOURS = {"fail": "#b4262c", "pass": "#3a7d44", "credit": "#5c8f3a", "merit": "#2b6cb0",
           "distinction": "#6b46c1", "excellence": "#975a16", "outstanding": "#c05621"}
WIDTH, BAR_HEIGHT, GAP, LABEL = 520, 22, 8, 110


@dataclass(frozen=True)
class Bar:
    grade: str
    label: str
    count: int
    x: int
    y: int
    width: int
    height: int
    colour: str
    text_y: int


@dataclass(frozen=True)
class Chart:
    standard: str
    total: int
    bars: list[Bar]
    width: int
    height: int
    label_width: int


def grade_charts(figures: list[dict]) -> list[Chart]:
    """One chart per standard (its versions and options together): a bar per grade awarded,
    its length proportional to the count."""
    by_standard: dict[str, Counter] = {}
    for figure in figures:
        by_standard.setdefault(figure["standard"], Counter()).update(figure["grades"])
    charts = []
    for standard in sorted(by_standard):
        counts = by_standard[standard]
        grades = [g for g in Grade if counts[g.value]]
        top = max(counts.values(), default=0) or 1
        bars = []
        for index, grade in enumerate(grades):
            y = GAP + index * (BAR_HEIGHT + GAP)
            width = round((WIDTH - LABEL - 40) * counts[grade.value] / top)
            bars.append(Bar(grade=grade.value, label=grade.label, count=counts[grade.value],
                            x=LABEL, y=y, width=max(width, 1), height=BAR_HEIGHT,
                            colour=COLOURS.get(grade.value, "#4a5568"),
                            text_y=y + BAR_HEIGHT - 6))
        charts.append(Chart(standard=standard, total=sum(counts.values()), bars=bars,
                            width=WIDTH, height=GAP + len(bars) * (BAR_HEIGHT + GAP),
                            label_width=LABEL - 8))
    return charts
