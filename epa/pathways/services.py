"""The apprentice's path beside the gateway and the EPA: breaks in learning, withdrawal, the
end of further learning before a retake, and progression to the next standard.

Each write locks the apprenticeship, checks who may (``require``) and the life cycle's table
(``epa.learners.lifecycle.require_move``: 409 ``status_move_not_allowed`` or 403
``role_required``) before it changes anything, records an event in the apprenticeship's history
(area ``apprenticeship``: the provider, employer and EPAO all read it) and moves the status
through ``apprenticeship_status_move`` (which bumps ``updated_at``: the change feed shows it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from epa.assessments.services import assessments_close
from epa.core.actor import Actor
from epa.core.codes import define_field_codes, define_many
from epa.core.errors import FieldError, RuleViolation, StateConflict
from epa.core.policy import require
from epa.gateway.services import gateway_close
from epa.learners.history import apprenticeship_status_move, event_record
from epa.learners.lifecycle import EPA, require_move
from epa.learners.models import Apprenticeship
from epa.learners.models import ApprenticeshipStatus as S
from epa.learners.selectors import acts_as_employer, acts_as_provider, acts_for_epao
from epa.learners.services import apprenticeship_create
from epa.organisations.models import Role
from epa.pathways.models import BreakInLearning, Withdrawal
from epa.standards.models import StandardVersion
from epa.standards.selectors import with_target_loaded

AREA = "apprenticeship"
WITHDRAW_ERRORS = "pathways.withdraw"
BREAK_ERRORS = "pathways.break"
RETURN_ERRORS = "pathways.return"
define_field_codes(WITHDRAW_ERRORS, {"withdrawn_on": ["date_in_future", "before_start"]})
define_field_codes(BREAK_ERRORS, {"starts_on": ["date_in_future", "before_start"]})
define_field_codes(RETURN_ERRORS, {"returned_on": ["date_in_future", "before_break_start"]})
PROGRESS_ERRORS = "pathways.progress"
define_many("pathways", 409, ["already_withdrawn", "already_on_break", "not_on_break",
                              "not_in_further_learning", "not_achieved"])
define_field_codes(PROGRESS_ERRORS, {"standard_version": ["not_a_progression_route"],
                                     "prior_learning_hours": ["more_than_planned"]})
# An apprenticeship that has achieved (a released pass or better), whatever its certificate.
ACHIEVED = (S.ACHIEVED, S.CERTIFICATE_REQUESTED, S.CERTIFICATE_ISSUED)


def _locked(apprenticeship: Apprenticeship) -> Apprenticeship:
    return (Apprenticeship.objects.select_for_update(of=("self",))
            .select_related("learner", "standard_version__standard").get(pk=apprenticeship.pk))


def _date_errors(name: str, value: dt.date, *, not_before: dt.date, before_code: str,
                 before_message: str) -> list[FieldError]:
    if value > timezone.localdate():
        return [FieldError(name, "date_in_future", "The date cannot be in the future.")]
    if value < not_before:
        return [FieldError(name, before_code, before_message)]
    return []


def _raise(errors: list[FieldError]) -> None:
    if errors:
        raise RuleViolation(errors)


# -- withdrawal --------------------------------------------------------------------------------

@dataclass(frozen=True)
class WithdrawalDone:
    withdrawal: Withdrawal
    apprenticeship: Apprenticeship
    gateway_closed: bool = False
    assessments_closed: list[int] = field(default_factory=list)
    cancelled_bookings: list[dict] = field(default_factory=list)


def may_withdraw(actor: Actor, apprenticeship: Apprenticeship) -> bool:
    """The delivering provider's writers, the employer's people, an admin of the EPAO (the
    table then allows the EPAO only once the EPA has begun: the gateway passed)."""
    return (actor.is_system or acts_as_provider(actor, apprenticeship)
            or acts_as_employer(actor, apprenticeship)
            or acts_for_epao(actor, apprenticeship, {Role.ADMIN}))


@transaction.atomic
def apprenticeship_withdraw(*, actor: Actor, apprenticeship: Apprenticeship,
                            withdrawn_on: dt.date, reason: str, note: str = "") -> WithdrawalDone:
    """Withdraw the apprentice: the open gateway and EPA are closed, bookings not yet taken are
    cancelled, the withdrawal (date, reason code, note) is recorded, the status moves to
    ``withdrawn``. The API and the bulk sync both call this."""
    require(may_withdraw(actor, apprenticeship),
            "Only the apprentice's provider, employer or EPAO withdraws them.")
    locked = _locked(apprenticeship)
    if locked.status == S.WITHDRAWN:
        raise StateConflict("already_withdrawn", "The apprentice has withdrawn already.")
    require_move(apprenticeship=locked, actor=actor, target=S.WITHDRAWN)
    _raise(_date_errors("withdrawn_on", withdrawn_on, not_before=locked.start_date,
                        before_code="before_start",
                        before_message="The withdrawal cannot be before the start date."))
    status_before = locked.status
    gateway_before = gateway_close(apprenticeship=locked, actor=actor)
    closed = assessments_close(apprenticeship=locked, actor=actor, withdrawn_on=withdrawn_on)
    withdrawal = Withdrawal.objects.create(
        apprenticeship=locked, withdrawn_on=withdrawn_on, reason=reason, note=note.strip(),
        status_before=status_before, from_epa=status_before in EPA, recorded_by=actor.label)
    event_record(apprenticeship=locked, actor=actor, area=AREA, action="withdrawn",
                 before={"status": status_before},
                 after={"withdrawn_on": withdrawn_on.isoformat(), "reason": reason,
                        "gateway_closed": gateway_before is not None,
                        "assessments_closed": closed.assessments,
                        "cancelled_bookings": closed.cancelled_bookings},
                 reason=note.strip() or reason)
    apprenticeship_status_move(apprenticeship=locked, actor=actor, status=S.WITHDRAWN,
                               area=AREA)
    return WithdrawalDone(withdrawal=withdrawal, apprenticeship=locked,
                          gateway_closed=gateway_before is not None,
                          assessments_closed=closed.assessments,
                          cancelled_bookings=closed.cancelled_bookings)


def sync_withdraw(*, actor: Actor, apprenticeship_id: int, withdrawn_on: dt.date,
                  reason: str) -> bool:
    """The bulk sync's withdrawal of a stored record (``status: withdrawn``): the same service;
    False when the apprentice has withdrawn already (a sync resends what it holds)."""
    apprenticeship = Apprenticeship.objects.get(pk=apprenticeship_id)
    if apprenticeship.status == S.WITHDRAWN:
        return False
    apprenticeship_withdraw(actor=actor, apprenticeship=apprenticeship,
                            withdrawn_on=withdrawn_on, reason=reason)
    return True


# -- breaks in learning ------------------------------------------------------------------------

def _require_party(actor: Actor, apprenticeship: Apprenticeship) -> None:
    require(actor.is_system or acts_as_provider(actor, apprenticeship)
            or acts_as_employer(actor, apprenticeship),
            "Only the apprentice's provider or employer records a break in learning.")


@transaction.atomic
def break_start(*, actor: Actor, apprenticeship: Apprenticeship, starts_on: dt.date,
                reason: str = "") -> BreakInLearning:
    """Start a break in learning: until the return, no gateway write, booking or judgement."""
    _require_party(actor, apprenticeship)
    locked = _locked(apprenticeship)
    if locked.status == S.ON_BREAK:
        raise StateConflict("already_on_break", "The apprentice is on a break already.")
    require_move(apprenticeship=locked, actor=actor, target=S.ON_BREAK)
    _raise(_date_errors("starts_on", starts_on, not_before=locked.start_date,
                        before_code="before_start",
                        before_message="A break cannot start before the apprenticeship."))
    pause = BreakInLearning.objects.create(
        apprenticeship=locked, starts_on=starts_on, reason=reason.strip(),
        status_before=locked.status, planned_end_date_before=locked.planned_end_date,
        recorded_by=actor.label)
    event_record(apprenticeship=locked, actor=actor, area=AREA, action="break_started",
                 after={"starts_on": starts_on.isoformat(), "status_before": locked.status},
                 reason=reason.strip())
    apprenticeship_status_move(apprenticeship=locked, actor=actor, status=S.ON_BREAK,
                               area=AREA)
    return pause


@transaction.atomic
def break_return(*, actor: Actor, apprenticeship: Apprenticeship,
                 returned_on: dt.date) -> BreakInLearning:
    """The apprentice returns: the status goes back to where it was and the planned end date
    moves by the break's length (days)."""
    _require_party(actor, apprenticeship)
    locked = _locked(apprenticeship)
    pause = BreakInLearning.objects.select_for_update().filter(
        apprenticeship=locked, returned_on__isnull=True).first()
    if locked.status != S.ON_BREAK or pause is None:
        raise StateConflict("not_on_break", "The apprentice is not on a break.")
    require_move(apprenticeship=locked, actor=actor, target=pause.status_before)
    _raise(_date_errors("returned_on", returned_on, not_before=pause.starts_on,
                        before_code="before_break_start",
                        before_message=f"The break started on {pause.starts_on}."))
    pause.returned_on = returned_on
    pause.save(update_fields=["returned_on"])
    before = locked.planned_end_date
    locked.planned_end_date = before + (returned_on - pause.starts_on)
    locked.save(update_fields=["planned_end_date", "updated_at"])
    event_record(apprenticeship=locked, actor=actor, area=AREA, action="break_ended",
                 subject="planned_end_date",
                 before={"planned_end_date": before.isoformat()},
                 after={"planned_end_date": locked.planned_end_date.isoformat(),
                        "returned_on": returned_on.isoformat(),
                        "break_days": (returned_on - pause.starts_on).days})
    apprenticeship_status_move(apprenticeship=locked, actor=actor, status=pause.status_before,
                               area=AREA)
    return pause


# -- further learning before a retake ----------------------------------------------------------

@transaction.atomic
def further_learning_complete(*, actor: Actor, apprenticeship: Apprenticeship,
                              note: str = "") -> Apprenticeship:
    """The provider marks the further learning before a retake complete: the retake's methods
    can then be booked."""
    require(actor.is_system or acts_as_provider(actor, apprenticeship),
            "Only the delivering provider marks further learning complete.")
    locked = _locked(apprenticeship)
    if locked.status != S.FURTHER_LEARNING:
        raise StateConflict("not_in_further_learning",
                            f"The apprenticeship is {locked.status}, not in further learning.")
    event_record(apprenticeship=locked, actor=actor, area="result",
                 action="further_learning_completed", reason=note.strip())
    apprenticeship_status_move(apprenticeship=locked, actor=actor, status=S.RESULT_CONFIRMED,
                               area="result")
    return locked


# -- progression to the next standard ----------------------------------------------------------

@dataclass(frozen=True)
class Route:
    """A catalogue route onward from the apprenticeship's standard version, for this learner."""

    reference: str
    title: str
    level: int
    in_catalogue: bool
    versions: list[str]
    open: bool
    started: list[int]


def progression_routes(apprenticeship: Apprenticeship) -> list[Route]:
    """The standards the apprenticeship leads to (``ProgressionRoute``), each with whether the
    catalogue holds it (and its versions), whether it is open to the apprentice (achieved) and
    the apprenticeships already started on it from this one. Three queries."""
    routes = list(with_target_loaded(apprenticeship.standard_version.progression_routes.all())
                  .order_by("to_reference"))
    refs = [r.to_reference for r in routes]
    versions: dict[str, list[str]] = {}
    for ref, major, minor in (StandardVersion.objects.filter(standard__reference__in=refs)
                              .order_by("standard__reference", "major", "minor")
                              .values_list("standard__reference", "major", "minor")):
        versions.setdefault(ref, []).append(f"{major}.{minor}")
    started: dict[str, list[int]] = {}
    for pk, ref in (Apprenticeship.objects.filter(progressed_from=apprenticeship)
                    .order_by("id").values_list("id", "standard__reference")):
        started.setdefault(ref, []).append(pk)
    achieved = apprenticeship.status in ACHIEVED
    return [Route(reference=r.to_reference, title=r.to_title, level=r.to_level,
                  in_catalogue=r.is_loaded, versions=versions.get(r.to_reference, []),
                  open=achieved, started=started.get(r.to_reference, [])) for r in routes]


@transaction.atomic
def apprenticeship_progress(*, actor: Actor, apprenticeship: Apprenticeship,
                            data: dict) -> Apprenticeship:
    """The delivering provider starts the learner's next apprenticeship on a standard the
    achieved one progresses to (``data``: ``standard_version``, the new record's dates, parties
    and off-the-job plan, ``prior_learning_hours`` and ``prior_learning_note``). It is created by
    the rules of any new apprenticeship (``apprenticeship_create``), for the same learner and
    provider, linked by ``progressed_from``; the recognised prior learning becomes its gateway's
    off-the-job reduction. Refused before achievement (409 ``not_achieved``) and for a standard
    that is not a route (400 ``not_a_progression_route``)."""
    require(actor.is_system or acts_as_provider(actor, apprenticeship),
            "Only the delivering provider starts the next apprenticeship.")
    locked = _locked(apprenticeship)
    if locked.status not in ACHIEVED:
        raise StateConflict("not_achieved",
                            f"The apprenticeship is {locked.status}: progression opens once "
                            "the apprentice has achieved.")
    version = data["standard_version"]
    routes = set(locked.standard_version.progression_routes.values_list("to_reference",
                                                                        flat=True))
    errors = []
    if version.standard.reference not in routes:
        errors.append(FieldError(
            "standard_version", "not_a_progression_route",
            f"{locked.standard_version.standard.reference} does not lead to "
            f"{version.standard.reference}; its routes: {', '.join(sorted(routes)) or 'none'}."))
    hours = data.get("prior_learning_hours", 0)
    planned = data.get("planned_otj_hours")
    if planned is not None and hours > planned:
        errors.append(FieldError("prior_learning_hours", "more_than_planned",
                                 f"More than the {planned} off-the-job hours planned."))
    _raise(errors)
    learner = locked.learner
    created = apprenticeship_create(actor=actor, data={
        **{k: v for k, v in data.items() if k not in ("prior_learning_hours",
                                                      "prior_learning_note")},
        "provider": locked.provider,
        "learner": {"uln": learner.uln, "given_names": learner.given_names,
                    "family_name": learner.family_name, "date_of_birth": learner.date_of_birth,
                    "email": learner.email},
    })
    created.progressed_from = locked
    created.prior_learning_hours = hours
    created.prior_learning_note = data.get("prior_learning_note", "").strip()
    created.save(update_fields=["progressed_from", "prior_learning_hours",
                                "prior_learning_note", "updated_at"])
    link = {"from": locked.pk, "to": created.pk, "standard": version.standard.reference,
            "prior_learning_hours": hours}
    event_record(apprenticeship=created, actor=actor, area=AREA, action="progressed_from",
                 after=link, reason=created.prior_learning_note)
    event_record(apprenticeship=locked, actor=actor, area=AREA, action="progressed_to",
                 after=link)
    # The achieved record shows the link too (``progressed_to``): the feed sees it change.
    Apprenticeship.objects.filter(pk=locked.pk).update(updated_at=timezone.now())
    return created
