"""The life cycle's table, checked pair by pair: what it allows, who may ask, and that the one
writer of the status (``apprenticeship_status_move``) enforces it; the README's diagram is the
table's."""

from __future__ import annotations

import re
from itertools import product
from pathlib import Path

import pytest

from epa.core.actor import SYSTEM, Actor, Grant
from epa.core.errors import Forbidden, StateConflict
from epa.learners import lifecycle
from epa.learners.history import apprenticeship_events, apprenticeship_status_move
from epa.learners.models import Apprenticeship, ApprenticeshipStatus
from tests.support.gateway import new_apprenticeship

# Written out by hand from the issue and the flows, not from the table: source, targets, who
# (p provider, e employer, a EPAO).
EXPECTED = """
in_training           gateway_in_progress                            pe
gateway_failed        gateway_in_progress                            pe
gateway_in_progress   gateway_passed gateway_failed                  a
gateway_passed        epa_booked                                     a
result_confirmed      epa_booked                                     a
epa_booked            epa_in_progress result_provisional             a
epa_in_progress       result_provisional                             a
result_provisional    epa_in_progress                                a
result_provisional    achieved result_confirmed failed               a
gateway_passed        achieved result_confirmed failed               a
epa_booked            achieved result_confirmed failed               a
epa_in_progress       achieved result_confirmed failed               a
result_confirmed      achieved failed                                a
achieved              epa_in_progress                                a
result_confirmed      epa_in_progress                                a
failed                epa_in_progress                                a
result_confirmed      further_learning                               a
further_learning      result_confirmed                               p
achieved              certificate_requested                          a
certificate_requested certificate_issued achieved                    a
in_training           on_break                                       pe
gateway_in_progress   on_break                                       pe
gateway_failed        on_break                                       pe
gateway_passed        on_break                                       pe
result_confirmed      on_break                                       pe
further_learning      on_break                                       pe
on_break              in_training gateway_in_progress gateway_failed pe
on_break              gateway_passed result_confirmed further_learning pe
in_training           withdrawn                                      pe
on_break              withdrawn                                      pe
gateway_in_progress   withdrawn                                      pe
gateway_failed        withdrawn                                      pe
gateway_passed        withdrawn                                      pea
epa_booked            withdrawn                                      pea
epa_in_progress       withdrawn                                      pea
result_provisional    withdrawn                                      pea
result_confirmed      withdrawn                                      pea
further_learning      withdrawn                                      pea
further_learning      achieved result_confirmed failed               a
achieved              gateway_passed result_confirmed failed         a
result_confirmed      gateway_passed                                 a
failed                gateway_passed achieved result_confirmed       a
withdrawn             gateway_passed achieved result_confirmed failed a
"""
PARTY_LETTERS = {"p": "provider", "e": "employer", "a": "epao"}


def _expected() -> dict[tuple[str, str], set[str]]:
    table = {}
    for line in EXPECTED.strip().splitlines():
        source, *targets, who = line.split()
        for target in targets:
            table.setdefault((source, target), set()).update(PARTY_LETTERS[c] for c in who)
    return table


STATUSES = ApprenticeshipStatus.values
PAIRS = [(s, t) for s, t in product(STATUSES, STATUSES) if s != t]


def test_the_table_is_the_expected_one_pair_by_pair():
    expected = _expected()
    wrong = [(s, t, party) for s, t in PAIRS for party in lifecycle.PARTIES
             if lifecycle.move_allowed(s, t, {party}) != (party in expected.get((s, t), set()))]
    assert not wrong, wrong
    assert set(lifecycle.TABLE) == set(expected)


def test_every_status_is_reachable_and_names_only_known_statuses():
    targets = {m.target for m in lifecycle.TABLE.values()} | {ApprenticeshipStatus.IN_TRAINING}
    assert targets == set(STATUSES)
    assert {m.source for m in lifecycle.TABLE.values()} <= set(STATUSES)


@pytest.fixture
def parties(world):
    pk = new_apprenticeship(world)
    apprenticeship = Apprenticeship.objects.get(pk=pk)
    actors = {
        "provider": Actor(grants=(Grant(world.orgs["provider1"].pk, "provider", "admin"),),
                          scopes=frozenset({"read", "write"})),
        "employer": Actor(grants=(Grant(world.orgs["employer1"].pk, "employer", "admin"),),
                          scopes=frozenset({"read", "write"})),
        "epao": Actor(grants=(Grant(world.orgs["epao1"].pk, "epao", "admin"),),
                      scopes=frozenset({"read", "write"})),
        # another provider: a party of no move of this apprenticeship
        "stranger": Actor(grants=(Grant(world.orgs["provider2"].pk, "provider", "admin"),),
                          scopes=frozenset({"read", "write"})),
    }
    return apprenticeship, actors


def test_the_status_writer_enforces_every_pair_for_every_party(parties):
    apprenticeship, actors = parties
    expected = _expected()
    wrong = []
    for (source, target), (name, actor) in product(PAIRS, actors.items()):
        Apprenticeship.objects.filter(pk=apprenticeship.pk).update(status=source)
        apprenticeship.status = source
        allowed = name in expected.get((source, target), set())
        try:
            apprenticeship_status_move(apprenticeship=apprenticeship, actor=actor, status=target,
                                       area="test")
            outcome = "moved"
        except StateConflict as exc:
            assert exc.code == "status_move_not_allowed"
            outcome = "not_in_table"
        except Forbidden as exc:
            assert exc.code == "role_required"
            outcome = "forbidden"
        stored = Apprenticeship.objects.values_list("status", flat=True).get(pk=apprenticeship.pk)
        want = "moved" if allowed else (
            "forbidden" if (source, target) in expected else "not_in_table")
        if outcome != want or stored != (target if allowed else source):
            wrong.append((source, target, name, outcome, stored))
    assert not wrong, wrong[:20]


def test_the_project_itself_makes_any_move_of_the_table_and_none_other(parties):
    apprenticeship, _ = parties
    expected = _expected()
    for source, target in PAIRS:
        apprenticeship.status = source
        Apprenticeship.objects.filter(pk=apprenticeship.pk).update(status=source)
        if (source, target) in expected:
            apprenticeship_status_move(apprenticeship=apprenticeship, actor=SYSTEM,
                                       status=target, area="test")
            assert apprenticeship.status == target
        else:
            with pytest.raises(StateConflict):
                apprenticeship_status_move(apprenticeship=apprenticeship, actor=SYSTEM,
                                           status=target, area="test")


def test_a_move_is_recorded_in_the_history(parties):
    apprenticeship, actors = parties
    apprenticeship_status_move(apprenticeship=apprenticeship, actor=actors["provider"],
                               status="on_break", area="lifecycle")
    event = apprenticeship_events(apprenticeship.pk).filter(action="status_changed").last()
    assert (event.before, event.after) == ({"status": "in_training"}, {"status": "on_break"})


def test_the_readme_diagram_is_the_tables():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- lifecycle:start -->\n```mermaid\n(.*?)\n```\n<!-- lifecycle:end -->",
                      readme, re.S)
    assert found, "README.md lacks the life-cycle diagram (manage.py lifecycle_diagram --write)"
    assert found.group(1) == lifecycle.mermaid(), (
        "README.md's diagram differs from the table: regenerate it with "
        "`.venv/bin/python manage.py lifecycle_diagram --write`")
