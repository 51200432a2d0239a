"""The apprenticeship's life cycle: one table of every status move (from, to, who, guard).

``epa.learners.history.apprenticeship_status_move`` is the only writer of the status and
refuses any move this table does not hold (409 ``status_move_not_allowed``) or that the caller's
part in the apprenticeship does not allow (403 ``role_required``). The guard is the condition
the service making the move checks before it asks for it (named here so the table reads as the
whole rule; the README's diagram is drawn from this table: ``mermaid()``).

Who: the parties of the apprenticeship: its ``provider``, ``employer`` and ``epao`` (any of the
organisation's people or keys; the service checks the role within it). The project itself
(``Actor.is_system``: commands, the Django admin's superusers) may make any move in the table.
"""

from __future__ import annotations

from dataclasses import dataclass

from epa.core.actor import Actor
from epa.core.codes import define, define_many
from epa.core.errors import StateConflict
from epa.core.policy import require
from epa.learners.models import Apprenticeship
from epa.learners.models import ApprenticeshipStatus as S

PROVIDER, EMPLOYER, EPAO = "provider", "employer", "epao"
PARTIES = (PROVIDER, EMPLOYER, EPAO)

STATUS_MOVE_NOT_ALLOWED = define("learners.lifecycle", 409, "status_move_not_allowed",
                                 description="The apprenticeship's status cannot move from "
                                             "where it is to the status asked for.")
# What a paused or ended apprenticeship refuses (``require_active``).
define_many("learners.lifecycle", 409, ["apprenticeship_on_break", "apprenticeship_withdrawn",
                                        "further_learning_not_complete"])


@dataclass(frozen=True)
class Move:
    source: str
    target: str
    who: frozenset[str]
    guard: str


PARTY = frozenset({PROVIDER, EMPLOYER})
EPAO_ONLY = frozenset({EPAO})
ANY_PARTY = frozenset(PARTIES)

# Where a break in learning may start, and so where the return goes back to.
BREAK_FROM = (S.IN_TRAINING, S.GATEWAY_IN_PROGRESS, S.GATEWAY_FAILED, S.GATEWAY_PASSED,
              S.RESULT_CONFIRMED, S.FURTHER_LEARNING)
# Before the gateway has passed the provider or employer withdraws; from then on (the EPA) the
# EPAO may withdraw the apprentice from the EPA too.
TRAINING = (S.IN_TRAINING, S.ON_BREAK, S.GATEWAY_IN_PROGRESS, S.GATEWAY_FAILED)
EPA = (S.GATEWAY_PASSED, S.EPA_BOOKED, S.EPA_IN_PROGRESS, S.RESULT_PROVISIONAL,
       S.RESULT_CONFIRMED, S.FURTHER_LEARNING)
# A result recorded without the plan's grading (an outcome entered as a whole).
OUTCOME_RECORDED_FROM = (S.GATEWAY_PASSED, S.EPA_BOOKED, S.EPA_IN_PROGRESS, S.RESULT_CONFIRMED,
                         S.FURTHER_LEARNING)
RESULTS = (S.ACHIEVED, S.RESULT_CONFIRMED, S.FAILED)
RESULT_GUARDS = {S.ACHIEVED: "pass or better", S.RESULT_CONFIRMED: "fail, an attempt left",
                 S.FAILED: "fail, no attempt left"}

MOVES: tuple[Move, ...] = (
    # the gateway
    Move(S.IN_TRAINING, S.GATEWAY_IN_PROGRESS, PARTY, "gateway opened"),
    Move(S.GATEWAY_FAILED, S.GATEWAY_IN_PROGRESS, PARTY, "gateway resubmitted"),
    Move(S.GATEWAY_IN_PROGRESS, S.GATEWAY_PASSED, EPAO_ONLY, "every component accepted"),
    Move(S.GATEWAY_IN_PROGRESS, S.GATEWAY_FAILED, EPAO_ONLY, "a component rejected"),
    # the EPA
    Move(S.GATEWAY_PASSED, S.EPA_BOOKED, EPAO_ONLY, "a method booked"),
    Move(S.RESULT_CONFIRMED, S.EPA_BOOKED, EPAO_ONLY,
         "a resit's method booked (a retake's once further learning is complete)"),
    Move(S.EPA_BOOKED, S.EPA_IN_PROGRESS, EPAO_ONLY, "a judgement recorded"),
    Move(S.EPA_BOOKED, S.RESULT_PROVISIONAL, EPAO_ONLY, "every method graded"),
    Move(S.EPA_IN_PROGRESS, S.RESULT_PROVISIONAL, EPAO_ONLY, "every method graded"),
    Move(S.RESULT_PROVISIONAL, S.EPA_IN_PROGRESS, EPAO_ONLY, "a judgement changed"),
    *(Move(S.RESULT_PROVISIONAL, target, EPAO_ONLY, f"released: {RESULT_GUARDS[target]}")
      for target in RESULTS),
    *(Move(source, target, EPAO_ONLY, f"outcome recorded: {RESULT_GUARDS[target]}")
      for source in OUTCOME_RECORDED_FROM for target in RESULTS if source != target),
    *(Move(source, S.EPA_IN_PROGRESS, EPAO_ONLY, "an appeal upheld: the method reopened")
      for source in RESULTS),
    # A recorded outcome removed (issue 12): back to the result before it, or to the gateway.
    *(Move(source, target, EPAO_ONLY, "a recorded outcome removed")
      for source in (*RESULTS, S.WITHDRAWN) for target in (S.GATEWAY_PASSED, *RESULTS)
      if source != target),
    # a retake
    Move(S.RESULT_CONFIRMED, S.FURTHER_LEARNING, EPAO_ONLY, "a retake started"),
    Move(S.FURTHER_LEARNING, S.RESULT_CONFIRMED, frozenset({PROVIDER}),
         "the provider marks further learning complete"),
    # certificates
    Move(S.ACHIEVED, S.CERTIFICATE_REQUESTED, EPAO_ONLY, "certificate requested"),
    Move(S.CERTIFICATE_REQUESTED, S.CERTIFICATE_ISSUED, EPAO_ONLY, "certificate issued"),
    Move(S.CERTIFICATE_REQUESTED, S.ACHIEVED, EPAO_ONLY, "certificate request deleted"),
    # a break in learning
    *(Move(source, S.ON_BREAK, PARTY, "break in learning started") for source in BREAK_FROM),
    *(Move(S.ON_BREAK, target, PARTY, "returned from the break to the status it left")
      for target in BREAK_FROM),
    # withdrawal
    *(Move(source, S.WITHDRAWN, PARTY, "withdrawn") for source in TRAINING),
    *(Move(source, S.WITHDRAWN, ANY_PARTY, "withdrawn (by the EPAO: from the EPA)")
      for source in EPA),
)



def _merged(moves: tuple[Move, ...]) -> dict[tuple[str, str], Move]:
    """One row per (from, to): a move made for several reasons names each guard and every
    party that may make it."""
    table: dict[tuple[str, str], Move] = {}
    for move in moves:
        key = (move.source, move.target)
        if key in table:
            seen = table[key]
            move = Move(move.source, move.target, seen.who | move.who,
                        f"{seen.guard}; or {move.guard}")
        table[key] = move
    return table


TABLE: dict[tuple[str, str], Move] = _merged(MOVES)

# Statuses in which nothing new happens (no gateway, booking or judgement) and the code given.
PAUSED = {
    S.ON_BREAK: ("apprenticeship_on_break",
                 "The apprentice is on a break in learning: nothing is accepted until they "
                 "return."),
    S.WITHDRAWN: ("apprenticeship_withdrawn", "The apprentice has withdrawn."),
    S.FURTHER_LEARNING: ("further_learning_not_complete",
                         "The apprentice is in further learning before a retake: the provider "
                         "marks it complete first."),
}


def parties_of(actor: Actor, apprenticeship: Apprenticeship) -> set[str]:
    """The parties of ``apprenticeship`` the actor acts for."""
    mine = actor.organisation_ids()
    ids = {PROVIDER: apprenticeship.provider_id, EMPLOYER: apprenticeship.employer_id,
           EPAO: apprenticeship.epao_id}
    return {party for party, org_id in ids.items() if org_id is not None and org_id in mine}


def move_allowed(source: str, target: str, parties: set[str]) -> bool:
    move = TABLE.get((source, target))
    return move is not None and bool(move.who & parties)


def require_move(*, apprenticeship: Apprenticeship, actor: Actor, target: str) -> Move:
    """The table's move from the apprenticeship's status to ``target``, or the refusal."""
    move = TABLE.get((apprenticeship.status, target))
    if move is None:
        raise StateConflict(STATUS_MOVE_NOT_ALLOWED,
                            f"The apprenticeship is {apprenticeship.status}: it cannot move to "
                            f"{target}.")
    require(actor.is_system or bool(move.who & parties_of(actor, apprenticeship)),
            f"Only the apprenticeship's {' or '.join(sorted(move.who))} moves it from "
            f"{move.source} to {move.target}.")
    return move


def require_active(apprenticeship: Apprenticeship) -> None:
    """Refuse (409) a gateway, booking or judgement while the apprentice is on a break, has
    withdrawn, or is in further learning before a retake."""
    paused = PAUSED.get(apprenticeship.status)
    if paused is not None:
        raise StateConflict(*paused)


def mermaid() -> str:
    """The table as a Mermaid state diagram (the README's copy is checked against this)."""
    lines = ["stateDiagram-v2", f"    [*] --> {S.IN_TRAINING}"]
    for move in TABLE.values():
        who = "/".join(p for p in PARTIES if p in move.who)
        lines.append(f"    {move.source} --> {move.target}: {who}, {move.guard}")
    for end in (S.CERTIFICATE_ISSUED, S.FAILED, S.WITHDRAWN):
        lines.append(f"    {end} --> [*]")
    return "\n".join(lines)
