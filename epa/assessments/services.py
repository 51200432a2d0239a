"""The EPA's writes: start, book, judge, grade, assure, release, resit, appeal, and declare
conflicts of interest.

Who may do what (anyone who cannot see the assessment gets a 404 before reaching here):

- the EPAO's admins (and its API keys) start the EPA, book methods and assessors, start resits
  and retakes, and decide appeals;
- only the assessor booked for a method records its judgements;
- only a quality assurer of the EPAO who assessed none of its methods confirms and releases;
- the apprentice's provider and employer lodge appeals against a released result.

Grades are never entered: whenever a judgement changes, the method's grade and the overall
grade are computed (``selectors.method_grading`` and ``selectors.assessment_grading``, by the
plan's rules in ``epa.plans.grading``) and stored, and the quality assurer's changes are
recorded beside them with a reason. Every write locks the assessment, honours ``If-Match``
(``StaleVersion``) and records an event in the apprenticeship's history: area ``assessment``
for the work in progress, ``result`` for what the provider and employer may see (release,
appeals). Reads, and the rules they encode, are in ``selectors``.
"""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from epa.assessments.models import (
    Appeal,
    AppealStatus,
    Assessment,
    AssessmentKind,
    AssessmentStatus,
    ConflictDeclaration,
    Judgement,
    MethodAssessment,
    MethodStatus,
    Outcome,
)
from epa.assessments.selectors import (
    NOT_AN_ASSESSOR,
    MethodGrading,
    assessment_grading,
    assessor_conflicts,
    epao_assessor_id,
    method_grading,
)
from epa.core.actor import Actor
from epa.core.codes import define_field_codes, define_many
from epa.core.errors import (
    FieldError,
    RuleViolation,
    StaleVersion,
    StateConflict,
    VersionRequired,
)
from epa.core.locking import locked_at_version
from epa.core.policy import NOT_THE_ASSIGNED_ASSESSOR, QUALITY_ASSURER_NOT_INDEPENDENT, require
from epa.gateway.models import GatewaySubmission, SubmissionStatus
from epa.learners.history import apprenticeship_status_move, event_record
from epa.learners.lifecycle import require_active
from epa.learners.models import Apprenticeship, ApprenticeshipStatus
from epa.learners.rules import epao_approval_covers
from epa.learners.selectors import acts_as_employer, acts_as_provider, acts_for_epao
from epa.learners.services import epao_approvals
from epa.organisations.models import Organisation, OrganisationKind, Role
from epa.plans.grading import dfe_grade
from epa.plans.models import (
    DEFAULT_DFE_GRADES,
    DFE_CERTIFICATE_GRADES,
    SCALE_GRADES,
    AssessmentPlan,
    DfeGrade,
    Grade,
    GradingCriterion,
)
from epa.plans.selectors import applicable_methods, criteria_for, highest_grade, plan_for
from epa.standards.models import KSB, StandardVersion
from epa.standards.selectors import version_named

# The codes the writes below give (``epa.core.codes``), by write: each operation's schema
# declares those of its own write (``field_codes(group)``).
BOOK_ERRORS = "assessments.book"
JUDGE_ERRORS = "assessments.judge"
QUALITY_ASSURANCE_ERRORS = "assessments.quality_assurance"
RESIT_ERRORS = "assessments.resit"
APPEAL_ERRORS = "assessments.appeal"
DECISION_ERRORS = "assessments.decide_appeal"
CONFLICT_ERRORS = "assessments.conflicts"
define_field_codes(BOOK_ERRORS, {
    "scheduled_at": ["outside_epa_period"],
    "assessor": ["not_an_assessor", "assessor_works_for_party", "assessor_declared_conflict",
                 "assessor_previously_assessed"]})
define_field_codes(JUDGE_ERRORS, {"criterion": ["unknown_criterion"],
                                  "ksbs_observed": ["ksb_not_in_criterion"]})
define_field_codes(QUALITY_ASSURANCE_ERRORS, {
    "changes.INDEX.method": ["unknown_method", "method_carried"],
    "changes.INDEX.grade": ["grade_not_in_scale"],
    "changes.INDEX.reason": ["reason_required"]})
define_field_codes(RESIT_ERRORS, {"exceptional_reason": ["reason_required"]})
define_field_codes(APPEAL_ERRORS, {"method": ["unknown_method", "method_carried"]})
define_field_codes(DECISION_ERRORS, {"reason": ["reason_required"]})
define_field_codes(CONFLICT_ERRORS, {"assessor": ["not_an_assessor"],
                                     "uln": ["one_party_required"],
                                     "organisation": ["not_a_party"]})
OUTCOME_ERRORS = "assessments.outcome"
define_field_codes(OUTCOME_ERRORS, {
    "outcome_date": ["date_before_2017", "date_in_future"],
    "version": ["unknown_version"],
    "option": ["option_not_available", "invalid_option"],
    "grade": ["grade_not_for_outcome", "invalid_grade"]})
define_many("assessments", 409, [
    "epao_not_approved_for_standard", "epao_not_approved_for_version", "outcome_not_allowed",
    "no_recorded_outcome", "certificate_submitted"])
define_many("assessments", 409, [
    "gateway_not_passed", "assessment_exists", "no_assessment_plan", "result_locked",
    "assessment_not_in_progress", "method_carried", "method_already_graded", "method_not_booked",
    "result_not_provisional", "not_a_failed_result", "attempt_limit_reached",
    "resit_window_closed", "result_not_released", "appeal_window_closed",
    "highest_grade_awarded", "appeal_pending", "appeal_decided"])

# -- who may do what ---------------------------------------------------------------------------

def _require_admin(actor: Actor, apprenticeship: Apprenticeship) -> None:
    require(acts_for_epao(actor, apprenticeship, {Role.ADMIN}),
             "Only an admin of the apprenticeship's EPAO does this.")


# -- concurrency, history, status --------------------------------------------------------------

@contextmanager
def _locked(assessment: Assessment, expected_version: int | None):
    """The attempt, locked, at the caller's version; refused while the apprentice is on a
    break, has withdrawn or is in further learning (``lifecycle.require_active``)."""
    with locked_at_version(Assessment.objects.select_related("apprenticeship", "plan"),
                           assessment.pk, expected_version) as locked:
        require_active(locked.apprenticeship)
        yield locked


def _event(assessment: Assessment, actor: Actor, action: str, *, area: str = "assessment",
           subject: str = "", before=None, after=None, reason: str = "") -> None:
    event_record(apprenticeship=assessment.apprenticeship, actor=actor, area=area,
                 action=action, subject=subject, before=before, after=after, reason=reason)


RESULT_STATUSES = frozenset({ApprenticeshipStatus.RESULT_CONFIRMED, ApprenticeshipStatus.ACHIEVED,
                             ApprenticeshipStatus.FAILED, ApprenticeshipStatus.WITHDRAWN})


def result_status(assessment: Assessment) -> str:
    """The apprenticeship's status after a released or recorded outcome: a pass or better is
    achieved; a fail with an attempt left (the plan's ``max_attempts``; no plan, no limit) is a
    confirmed result, without one failed; a withdrawal withdrawn."""
    if assessment.outcome == Outcome.PASS:
        return ApprenticeshipStatus.ACHIEVED
    if assessment.outcome == Outcome.WITHDRAWN:
        return ApprenticeshipStatus.WITHDRAWN
    limit = assessment.plan.max_attempts if assessment.plan_id else None
    if limit is not None and assessment.number >= limit:
        return ApprenticeshipStatus.FAILED
    return ApprenticeshipStatus.RESULT_CONFIRMED


def _move_apprenticeship(assessment: Assessment, actor: Actor, status: str) -> None:
    area = "result" if status in RESULT_STATUSES else "assessment"
    apprenticeship_status_move(apprenticeship=assessment.apprenticeship, actor=actor,
                               status=status, area=area)


def _require_open(assessment: Assessment) -> None:
    if assessment.status == AssessmentStatus.RELEASED:
        raise StateConflict("result_locked", "The result is released and locked: corrections "
                                             "go through an appeal.")
    if assessment.status != AssessmentStatus.IN_PROGRESS and assessment.status != \
            AssessmentStatus.PROVISIONAL:
        raise StateConflict("assessment_not_in_progress",
                            f"The assessment is {assessment.status}.")


# -- starting the EPA --------------------------------------------------------------------------

def assessment_start(*, apprenticeship: Apprenticeship, actor: Actor) -> Assessment:
    """The first attempt, once the gateway has passed, graded by the EPAO's current plan."""
    _require_admin(actor, apprenticeship)
    with transaction.atomic():
        apprenticeship = Apprenticeship.objects.select_for_update(of=("self",)).select_related(
            "standard_version", "option", "epao").get(pk=apprenticeship.pk)
        if apprenticeship.status != ApprenticeshipStatus.GATEWAY_PASSED:
            raise StateConflict("gateway_not_passed",
                                f"The apprenticeship is {apprenticeship.status}: the EPA starts "
                                "once the gateway has passed.")
        if Assessment.objects.filter(apprenticeship=apprenticeship).exists():
            raise StateConflict("assessment_exists",
                                "This apprenticeship's EPA has started: see its assessments.")
        plan = plan_for(apprenticeship.standard_version, apprenticeship.epao)
        if plan is None:
            raise StateConflict("no_assessment_plan",
                                "There is no assessment plan for this standard version.")
        # Locked as plan_update locks it: its methods are read after any change in flight
        # commits, and a change after this sees the plan in use.
        plan = AssessmentPlan.objects.select_for_update().get(pk=plan.pk)
        gateway = GatewaySubmission.objects.get(apprenticeship=apprenticeship,
                                                status=SubmissionStatus.PASSED)
        starts = timezone.localdate(gateway.decided_at)
        assessment = Assessment.objects.create(
            apprenticeship=apprenticeship, plan=plan, number=1, kind=AssessmentKind.FIRST,
            window_starts=starts, window_ends=starts + dt.timedelta(days=plan.epa_period_days))
        MethodAssessment.objects.bulk_create(
            MethodAssessment(assessment=assessment, method=method)
            for method in applicable_methods(plan, apprenticeship.option))
        _event(assessment, actor, "started",
               after={"attempt": 1, "plan": plan.pk, "window_ends": str(assessment.window_ends)})
    return assessment


# -- booking -----------------------------------------------------------------------------------

def method_book(*, method_assessment: MethodAssessment, actor: Actor, assessor: str,
                scheduled_at: dt.datetime, location: str = "", remote: bool = False,
                expected_version: int | None = None) -> MethodAssessment:
    """Book (or re-book) a method: when, where, and an independent assessor (by user name).

    Re-booking with another assessor clears the judgements recorded so far (they stay in the
    history): the new assessor assesses the method afresh.
    """
    assessment = method_assessment.assessment
    _require_admin(actor, assessment.apprenticeship)
    with _locked(assessment, expected_version) as locked:
        _require_open(locked)
        method = MethodAssessment.objects.select_for_update().get(pk=method_assessment.pk)
        if method.status == MethodStatus.CARRIED:
            raise StateConflict("method_carried",
                                "This method was passed in an earlier attempt and is not "
                                "assessed again.")
        if method.status == MethodStatus.GRADED:
            raise StateConflict("method_already_graded",
                                "This method is graded; a change goes through an appeal.")
        errors = []
        day = timezone.localdate(scheduled_at)
        if not locked.window_starts <= day <= locked.window_ends:
            window = ("EPA period" if locked.kind == AssessmentKind.FIRST
                      else f"{locked.kind} window")
            errors.append(FieldError(
                "scheduled_at", "outside_epa_period",
                f"Book between {locked.window_starts} and {locked.window_ends} (the {window})."))
        assessor_id = epao_assessor_id(locked.apprenticeship.epao_id, assessor)
        conflicts = [NOT_AN_ASSESSOR] if assessor_id is None else assessor_conflicts(
            assessor_id=assessor_id, apprenticeship=locked.apprenticeship)
        if not conflicts and method.excluded_assessors.filter(pk=assessor_id).exists():
            conflicts = [FieldError("assessor", "assessor_previously_assessed",
                                    "After an upheld appeal a different assessor assesses "
                                    "this method.")]
        if errors or conflicts:
            raise RuleViolation(errors + conflicts)
        before = {"assessor": method.assessor_id, "scheduled_at": _iso(method.scheduled_at)}
        if method.assessor_id not in (None, assessor_id):
            judged = [{"criterion": j.criterion.code, "met": j.met, "by": j.recorded_by}
                      for j in method.judgements.select_related("criterion")]
            if judged:
                before["judgements_cleared"] = judged
                method.judgements.all().delete()
        method.assessor_id = assessor_id
        method.scheduled_at = scheduled_at
        method.location = location
        method.remote = remote
        method.status = MethodStatus.BOOKED
        method.save()
        _event(locked, actor, "booked", subject=method.method.code, before=before,
               after={"assessor": assessor_id, "assessor_name": assessor,
                      "scheduled_at": _iso(scheduled_at), "location": location,
                      "remote": remote})
        if locked.apprenticeship.status in (ApprenticeshipStatus.GATEWAY_PASSED,
                                            ApprenticeshipStatus.RESULT_CONFIRMED):
            _move_apprenticeship(locked, actor, ApprenticeshipStatus.EPA_BOOKED)
    return method


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


# -- judgements and grades ---------------------------------------------------------------------

@dataclass(frozen=True)
class JudgementRecorded:
    """A judgement as recorded, and where the grades stand after it."""

    judgement: Judgement
    method: MethodGrading  # the judged method's grade, unmet and pending criteria
    overall_grade: str  # the attempt's overall grade; "" until every method has a grade


def judgement_record(*, method_assessment: MethodAssessment, criterion_code: str,
                     actor: Actor, met: bool, evidence_note: str = "",
                     ksbs_observed: list[str] | None = None,
                     expected_version: int | None = None) -> JudgementRecorded:
    """The booked assessor's judgement of one criterion; the grades follow from it.

    ``expected_version`` is the judgement's version (its ``ETag``). Changing an existing
    judgement requires it, so that of two people editing one judgement the second is refused
    (412) instead of silently overwriting the first.
    """
    require(actor.user_id is not None and actor.user_id == method_assessment.assessor_id,
             "Only the assessor booked for this method records its judgements.",
             code=NOT_THE_ASSIGNED_ASSESSOR)
    with _locked(method_assessment.assessment, None) as assessment:
        _require_open(assessment)
        method = MethodAssessment.objects.select_for_update(of=("self",)).select_related(
            "method").get(
            pk=method_assessment.pk)
        if method.status not in (MethodStatus.BOOKED, MethodStatus.GRADED):
            raise StateConflict("method_not_booked", f"The method is {method.status}.")
        require(method.assessor_id == actor.user_id,
                 "The method has been re-booked with another assessor.",
                 code=NOT_THE_ASSIGNED_ASSESSOR)
        option = assessment.apprenticeship.option
        criterion = criteria_for(method.method, option).filter(code=criterion_code).first()
        if criterion is None:
            raise RuleViolation([FieldError("criterion", "unknown_criterion",
                                            f"{criterion_code} is not a criterion of "
                                            f"{method.method.code} for this apprentice.")])
        observed = _observed_ksbs(criterion, ksbs_observed or [])
        judgement = Judgement.objects.filter(method_assessment=method,
                                             criterion=criterion).first()
        before = None
        if judgement is not None:
            if expected_version is None:
                raise VersionRequired("judgement")
            if judgement.version != expected_version:
                raise StaleVersion(expected=expected_version, current=judgement.version)
            before = {"met": judgement.met, "evidence_note": judgement.evidence_note}
            judgement.version += 1
        else:
            judgement = Judgement(method_assessment=method, criterion=criterion)
        judgement.met = met
        judgement.evidence_note = evidence_note
        judgement.recorded_by = actor.label
        judgement.save()
        judgement.ksbs_observed.set(observed)
        _event(assessment, actor, "judgement_recorded",
               subject=f"{method.method.code}.{criterion.code}", before=before,
               after={"met": met, "evidence_note": evidence_note,
                      "ksbs_observed": [k.code for k in observed]})
        grading = _grade_method(method)
        overall = _refresh(assessment, actor)
    return JudgementRecorded(judgement=judgement, method=grading, overall_grade=overall)


def _observed_ksbs(criterion: GradingCriterion, codes: list[str]) -> list[KSB]:
    """The KSBs observed must be among those the criterion assesses."""
    wanted = list(dict.fromkeys(c.strip().upper() for c in codes))
    cited = {k.code: k for k in criterion.ksbs.all()}
    outside = [c for c in wanted if c not in cited]
    if outside:
        raise RuleViolation([FieldError(
            "ksbs_observed", "ksb_not_in_criterion",
            f"{criterion.code} does not assess {', '.join(outside)}; it assesses "
            f"{', '.join(sorted(cited)) or 'no KSB'}.")])
    return [cited[c] for c in wanted]


def _grade_method(method: MethodAssessment) -> MethodGrading:
    grading = method_grading(method)
    method.grade = grading.grade
    method.unmet_criteria = grading.unmet
    method.status = MethodStatus.GRADED if grading.grade else MethodStatus.BOOKED
    method.save(update_fields=["grade", "unmet_criteria", "status"])
    return grading


def _refresh(assessment: Assessment, actor: Actor) -> str:
    """Recompute the overall grade (returned); every method graded makes the result
    provisional."""
    overall = assessment_grading(assessment).overall_grade
    before = assessment.status
    assessment.overall_grade = overall
    if assessment.status != AssessmentStatus.RELEASED:
        assessment.status = (AssessmentStatus.PROVISIONAL if overall
                             else AssessmentStatus.IN_PROGRESS)
    if assessment.status != before:
        _event(assessment, actor, "provisional" if overall else "reopened",
               before={"status": before}, after={"status": assessment.status,
                                                 "overall_grade": overall})
    _move_apprenticeship(assessment, actor, ApprenticeshipStatus.RESULT_PROVISIONAL if overall
                         else ApprenticeshipStatus.EPA_IN_PROGRESS)
    return overall


# -- quality assurance and release -------------------------------------------------------------

def quality_assure(*, assessment: Assessment, actor: Actor, changes: list[dict],
                   note: str = "", expected_version: int | None = None) -> Assessment:
    """A quality assurer who assessed none of its methods upholds the provisional result, or
    changes method grades (each with a reason), and releases it. Grades are then locked."""
    apprenticeship = assessment.apprenticeship
    require(actor.user_id is not None
            and acts_for_epao(actor, apprenticeship, {Role.QUALITY_ASSURER}),
             "Only a quality assurer of the apprenticeship's EPAO releases a result.")
    with _locked(assessment, expected_version) as locked:
        if locked.status != AssessmentStatus.PROVISIONAL:
            raise StateConflict("result_not_provisional",
                                f"The assessment is {locked.status}: quality assurance is of a "
                                "provisional result (every method graded).")
        methods = {m.method.code: m for m in locked.methods.select_related("method",
                                                                           "carried_from")}
        require(actor.user_id not in {(m.carried_from or m).assessor_id
                                      for m in methods.values()},
                "You assessed a method of this attempt: another quality assurer confirms it.",
                code=QUALITY_ASSURER_NOT_INDEPENDENT)
        errors = []
        for index, change in enumerate(changes):
            method = methods.get(change["method"])
            if method is None:
                errors.append(FieldError(f"changes.{index}.method", "unknown_method",
                                         f"{change['method']} is not a method of this attempt."))
            elif method.status == MethodStatus.CARRIED:
                errors.append(FieldError(f"changes.{index}.method", "method_carried",
                                         "A grade carried from an earlier attempt is not "
                                         "changed here."))
            elif change["grade"] not in SCALE_GRADES[method.method.grade_scale]:
                errors.append(FieldError(f"changes.{index}.grade", "grade_not_in_scale",
                                         f"{method.method.code} is graded "
                                         f"{'/'.join(SCALE_GRADES[method.method.grade_scale])}."))
            if not change.get("reason", "").strip():
                errors.append(FieldError(f"changes.{index}.reason", "reason_required",
                                         "Say why the grade is changed."))
        if errors:
            raise RuleViolation(errors)
        for change in changes:
            method = methods[change["method"]]
            before = method.final_grade
            method.qa_grade = change["grade"]
            method.qa_reason = change["reason"].strip()
            method.save(update_fields=["qa_grade", "qa_reason"])
            _event(locked, actor, "grade_changed", subject=method.method.code,
                   before={"grade": before}, after={"grade": method.qa_grade},
                   reason=method.qa_reason)
        grading = assessment_grading(locked)
        overall = grading.overall_grade
        now = timezone.now()
        locked.overall_grade = overall
        locked.status = AssessmentStatus.RELEASED
        locked.quality_assured_by = actor.label
        locked.quality_assured_at = now
        locked.quality_assurance_note = note
        locked.released_at = now
        locked.outcome = Outcome.FAIL if overall == Grade.FAIL else Outcome.PASS
        locked.outcome_date = timezone.localdate(now)
        locked.dfe_grade = dfe_grade(locked.plan.dfe_grades, overall)
        _event(locked, actor, "released", area="result",
               before={"status": AssessmentStatus.PROVISIONAL},
               after={"status": locked.status, "overall_grade": overall,
                      "outcome": locked.outcome, "dfe_grade": locked.dfe_grade,
                      "grade_before_cap": grading.matrix_grade, "capped": grading.capped,
                      "method_grades": {c: m.final_grade for c, m in methods.items()}},
               reason=note)
        _move_apprenticeship(locked, actor, result_status(locked))
    return locked


# -- resits and retakes ------------------------------------------------------------------------

def resit_start(*, previous: Assessment, actor: Actor, kind: str,
                exceptional_circumstances: bool = False, exceptional_reason: str = "",
                expected_version: int | None = None) -> Assessment:
    """After a released fail: a new attempt that re-assesses only the failed methods, within
    the plan's resit (no further learning) or retake (further learning) window. Its grade is
    capped at pass unless exceptional circumstances are recorded."""
    _require_admin(actor, previous.apprenticeship)
    if exceptional_circumstances and not exceptional_reason.strip():
        raise RuleViolation([FieldError("exceptional_reason", "reason_required",
                                        "Record the exceptional circumstances.")])
    with _locked(previous, expected_version) as locked:
        plan = locked.plan
        if locked.status != AssessmentStatus.RELEASED or locked.overall_grade != Grade.FAIL:
            raise StateConflict("not_a_failed_result",
                                "A resit or retake follows a released fail.")
        if Assessment.objects.filter(previous=locked).exists():
            raise StateConflict("assessment_exists", "A later attempt has started already.")
        if locked.appeals.filter(status=AppealStatus.LODGED).exists():
            raise StateConflict("appeal_pending",
                                "An appeal on this result awaits a decision: decide it first.")
        if plan.max_attempts is not None and locked.number >= plan.max_attempts:
            raise StateConflict("attempt_limit_reached",
                                f"The plan allows {plan.max_attempts} attempts in all.")
        released = timezone.localdate(locked.released_at)
        days = plan.resit_window_days if kind == AssessmentKind.RESIT else \
            plan.retake_window_days
        ends = released + dt.timedelta(days=days)
        today = timezone.localdate()
        if today > ends:
            raise StateConflict("resit_window_closed",
                                f"The {kind} window closed on {ends}.")
        attempt = Assessment.objects.create(
            apprenticeship=locked.apprenticeship, plan=plan, number=locked.number + 1,
            kind=kind, previous=locked, window_starts=today, window_ends=ends,
            exceptional_circumstances=exceptional_circumstances,
            exceptional_reason=exceptional_reason.strip(),
            grade_capped=plan.cap_resit_grade_at_pass and not exceptional_circumstances)
        for earlier in locked.methods.select_related("method"):
            failed = earlier.final_grade == Grade.FAIL
            MethodAssessment.objects.create(
                assessment=attempt, method=earlier.method,
                status=MethodStatus.AWAITING_BOOKING if failed else MethodStatus.CARRIED,
                grade="" if failed else earlier.final_grade,
                carried_from=None if failed else (earlier.carried_from or earlier))
        _event(locked, actor, kind, area="result",
               after={"attempt": attempt.number, "window_ends": str(ends),
                      "capped": attempt.grade_capped},
               reason=exceptional_reason.strip())
        if kind == AssessmentKind.RETAKE:
            # A retake follows further learning: booked once the provider marks it complete.
            apprenticeship_status_move(apprenticeship=locked.apprenticeship, actor=actor,
                                       status=ApprenticeshipStatus.FURTHER_LEARNING,
                                       area="result")
    return attempt


# -- appeals -----------------------------------------------------------------------------------

def appeal_lodge(*, assessment: Assessment, actor: Actor, method_code: str,
                 grounds: str, expected_version: int | None = None) -> Appeal:
    apprenticeship = assessment.apprenticeship
    require(acts_as_provider(actor, apprenticeship) or acts_as_employer(actor, apprenticeship),
             "The apprentice's provider or employer lodges an appeal.")
    with _locked(assessment, expected_version) as locked:
        if locked.status != AssessmentStatus.RELEASED:
            raise StateConflict("result_not_released", "Only a released result is appealed.")
        closes = locked.released_at + dt.timedelta(days=locked.plan.appeal_window_days)
        if timezone.now() > closes:
            raise StateConflict("appeal_window_closed",
                                f"Appeals closed on {timezone.localdate(closes)}.")
        if locked.overall_grade == highest_grade(locked.plan):
            raise StateConflict("highest_grade_awarded",
                                "The highest grade was awarded: there is nothing to appeal.")
        if locked.appeals.filter(status=AppealStatus.LODGED).exists():
            raise StateConflict("appeal_pending", "An appeal on this result awaits a decision.")
        if Assessment.objects.filter(previous=locked).exists():
            raise StateConflict("assessment_exists",
                                "A later attempt has started: this result is superseded.")
        method = locked.methods.filter(method__code=method_code).select_related("method").first()
        if method is None:
            raise RuleViolation([FieldError("method", "unknown_method",
                                            f"{method_code} is not a method of this attempt.")])
        if method.status == MethodStatus.CARRIED:
            raise RuleViolation([FieldError(
                "method", "method_carried",
                f"{method_code} was graded in attempt {method.carried_from.assessment.number}, "
                "whose appeal window applied to it.")])
        org_id = next(iter(
            {apprenticeship.provider_id, apprenticeship.employer_id}
            & actor.organisation_ids()))
        appeal = Appeal.objects.create(assessment=locked, method=method.method,
                                       grounds=grounds.strip(), lodged_by=actor.label,
                                       lodged_by_organisation_id=org_id)
        _event(locked, actor, "appeal_lodged", area="result", subject=method_code,
               after={"appeal": appeal.pk}, reason=appeal.grounds)
    return appeal


def appeal_decide(*, appeal: Appeal, actor: Actor, uphold: bool, reason: str,
                  expected_version: int | None = None) -> Appeal:
    """An EPAO admin decides. Upheld, the method is reopened for a different assessor: its
    judgements and grades are cleared (they stay in the history) and the result is no longer
    released until quality assurance releases it again."""
    assessment = appeal.assessment
    _require_admin(actor, assessment.apprenticeship)
    if not reason.strip():
        raise RuleViolation([FieldError("reason", "reason_required",
                                        "Give the reason for the decision.")])
    with _locked(assessment, expected_version) as locked:
        appeal = Appeal.objects.select_for_update().get(pk=appeal.pk)
        if appeal.status != AppealStatus.LODGED:
            raise StateConflict("appeal_decided", f"The appeal was {appeal.status} already.")
        appeal.status = AppealStatus.UPHELD if uphold else AppealStatus.DISMISSED
        appeal.decided_by = actor.label
        appeal.decided_at = timezone.now()
        appeal.decision_reason = reason.strip()
        appeal.save()
        _event(locked, actor, f"appeal_{appeal.status}", area="result",
               subject=appeal.method.code, reason=appeal.decision_reason)
        if uphold:
            _reopen_method(locked, actor, appeal)
    return appeal


def _reopen_method(assessment: Assessment, actor: Actor, appeal: Appeal) -> None:
    method = assessment.methods.select_related("method").get(method=appeal.method)
    before = {"grade": method.final_grade, "assessor": method.assessor_id,
              "judgements": [{"criterion": j.criterion.code, "met": j.met}
                             for j in method.judgements.select_related("criterion")]}
    if method.assessor_id:
        method.excluded_assessors.add(method.assessor_id)
    method.judgements.all().delete()
    method.status = MethodStatus.AWAITING_BOOKING
    method.assessor = None
    method.scheduled_at = None
    method.grade = method.qa_grade = method.qa_reason = ""
    method.unmet_criteria = []
    method.carried_from = None
    method.save()
    today = timezone.localdate()
    assessment.window_ends = max(assessment.window_ends,
                                 today + dt.timedelta(days=assessment.plan.epa_period_days))
    assessment.status = AssessmentStatus.IN_PROGRESS
    assessment.overall_grade = ""
    assessment.released_at = None
    assessment.outcome = assessment.dfe_grade = ""
    assessment.outcome_date = None
    _event(assessment, actor, "method_reopened", subject=appeal.method.code, before=before,
           after={"status": method.status, "window_ends": str(assessment.window_ends)})
    _move_apprenticeship(assessment, actor, ApprenticeshipStatus.EPA_IN_PROGRESS)


# -- conflict declarations ---------------------------------------------------------------------

def conflict_declare(*, actor: Actor, epao_id: int, assessor: str, uln: str = "",
                     organisation_id: int | None = None, reason: str) -> ConflictDeclaration:
    """An assessor declares their own conflict, or an EPAO admin records one for them. The
    apprentice is named by ULN as given: whether a learner with it is known is not said."""
    assessor_id = epao_assessor_id(epao_id, assessor)
    is_self = assessor_id is not None and actor.user_id == assessor_id
    require(is_self or actor.has_role(epao_id, {Role.ADMIN}),
             "An assessor declares their own conflicts; an EPAO admin records any.")
    if assessor_id is None:
        raise RuleViolation([NOT_AN_ASSESSOR])
    if bool(uln) == (organisation_id is not None):
        raise RuleViolation([FieldError("uln", "one_party_required",
                                        "Name either an apprentice (by ULN) or an "
                                        "organisation.")])
    if organisation_id is not None and not Organisation.objects.filter(
            pk=organisation_id, kind__in=[OrganisationKind.PROVIDER, OrganisationKind.EMPLOYER]
    ).exists():
        raise RuleViolation([FieldError("organisation", "not_a_party",
                                        "Name a provider or employer.")])
    return ConflictDeclaration.objects.create(
        assessor_id=assessor_id, epao_id=epao_id, uln=uln, organisation_id=organisation_id,
        reason=reason.strip(), declared_by=actor.label)


# -- outcomes recorded directly ----------------------------------------------------------------

EARLIEST_OUTCOME = dt.date(2017, 1, 1)
# The statuses from which an outcome is recorded: the gateway passed, or a fail with an
# attempt left (a resit or retake), after further learning or not.
RECORDABLE_FROM = frozenset({ApprenticeshipStatus.GATEWAY_PASSED,
                             ApprenticeshipStatus.RESULT_CONFIRMED,
                             ApprenticeshipStatus.FURTHER_LEARNING})


def require_epao_approved(epao: Organisation | None, version: StandardVersion) -> None:
    """The EPAO is approved for the standard, and for this version of it (409 with
    ``epao_not_approved_for_standard`` or ``epao_not_approved_for_version``)."""
    approvals = epao_approvals(epao_ids=[epao.pk]) if epao is not None else {}
    approved = approvals.get((epao.pk, version.standard_id)) if epao is not None else None
    if epao is None or (epao.pk, version.standard_id) not in approvals:
        raise StateConflict("epao_not_approved_for_standard",
                            "The EPAO is not approved to assess this standard.")
    if not epao_approval_covers(approved, version.pk):
        raise StateConflict("epao_not_approved_for_version",
                            f"The EPAO is not approved to assess version {version.version} of "
                            "this standard.")


def outcome_version(apprenticeship: Apprenticeship, version: str | None) -> StandardVersion:
    """The standard version in play: the one named (a version of the apprenticeship's
    standard), else the apprenticeship's."""
    if not version:
        return apprenticeship.standard_version
    found = version_named(apprenticeship.standard_id, version)
    if found is None:
        raise RuleViolation([FieldError("version", "unknown_version",
                                        f"{version} is not a version of the standard.")])
    return found


def outcome_date_errors(day: dt.date, field: str) -> list[FieldError]:
    """An outcome's date: from 2017-01-01 up to today."""
    if day < EARLIEST_OUTCOME:
        return [FieldError(field, "date_before_2017", "The date cannot be before 2017-01-01.")]
    if day > timezone.localdate():
        return [FieldError(field, "date_in_future", "The date cannot be in the future.")]
    return []


def outcome_record(*, apprenticeship: Apprenticeship, actor: Actor, outcome: str,
                   outcome_date: dt.date, kind: str | None = None, grade: str = "",
                   version: str | None = None, option: str | None = None) -> Assessment:
    """An EPAO that assessed elsewhere records an attempt's outcome directly: pass (with the
    DfE name of its grade, if known), fail or withdrawn, dated, first attempt or a resit or
    retake. The same rules as the EPA run here: the apprentice past the gateway (or a fail with
    an attempt left), the EPAO approved for the standard version, an option of that version,
    the plan's attempt limit. The result is released as recorded; the apprenticeship's status
    follows it (``result_status``)."""
    _require_admin(actor, apprenticeship)
    with transaction.atomic():
        apprenticeship = Apprenticeship.objects.select_for_update(of=("self",)).select_related(
            "standard_version", "option", "epao", "learner").get(pk=apprenticeship.pk)
        in_play = outcome_version(apprenticeship, version)
        require_epao_approved(apprenticeship.epao, in_play)
        errors = outcome_date_errors(outcome_date, "outcome_date")
        errors += outcome_option_errors(in_play, option)
        if outcome == Outcome.PASS and grade and grade not in DFE_CERTIFICATE_GRADES:
            errors.append(FieldError("grade", "invalid_grade",
                                     f"A pass is graded {', '.join(DFE_CERTIFICATE_GRADES)}."))
        elif outcome != Outcome.PASS and grade:
            errors.append(FieldError("grade", "grade_not_for_outcome",
                                     "Only a pass has a grade."))
        if errors:
            raise RuleViolation(errors)
        if apprenticeship.status not in RECORDABLE_FROM:
            raise StateConflict("outcome_not_allowed",
                                f"The apprenticeship is {apprenticeship.status}: an outcome is "
                                "recorded once the gateway has passed, or after a fail with an "
                                "attempt left.")
        earlier = list(Assessment.objects.filter(apprenticeship=apprenticeship)
                       .order_by("number"))
        if any(a.status != AssessmentStatus.RELEASED for a in earlier):
            raise StateConflict("assessment_exists",
                                "An attempt is in progress here: its result is released here.")
        plan = plan_for(apprenticeship.standard_version, apprenticeship.epao)
        if plan is not None and plan.max_attempts is not None and \
                len(earlier) >= plan.max_attempts:
            raise StateConflict("attempt_limit_reached",
                                f"The plan allows {plan.max_attempts} attempts in all.")
        plan_grade = {Outcome.FAIL: Grade.FAIL, Outcome.WITHDRAWN: ""}.get(outcome) or \
            _plan_grade(plan, grade)
        previous = earlier[-1] if earlier else None
        assessment = Assessment.objects.create(
            apprenticeship=apprenticeship, plan=plan, number=len(earlier) + 1,
            kind=AssessmentKind.FIRST if previous is None else (kind or AssessmentKind.RESIT),
            status=AssessmentStatus.RELEASED, previous=previous,
            window_starts=outcome_date, window_ends=outcome_date,
            overall_grade=plan_grade, released_at=timezone.now(), outcome=outcome,
            outcome_date=outcome_date, recorded_directly=True,
            dfe_grade={Outcome.FAIL: DfeGrade.FAIL, Outcome.WITHDRAWN: ""}.get(outcome, grade))
        _event(assessment, actor, "outcome_recorded", area="result",
               after={"attempt": assessment.number, "kind": assessment.kind, "outcome": outcome,
                      "outcome_date": str(outcome_date), "dfe_grade": assessment.dfe_grade,
                      "version": in_play.version})
        _move_apprenticeship(assessment, actor, result_status(assessment))
    return assessment


def outcome_option_errors(version: StandardVersion, option: str | None) -> list[FieldError]:
    """A sent option: the version has options, and one of them contains the text (case
    ignored), as DfE matches an EPA record's option."""
    if not option:
        return []
    titles = list(version.options.order_by("position", "id").values_list("title", flat=True))
    if not titles:
        return [FieldError("option", "option_not_available",
                           "This standard version has no options: send none.")]
    if not any(option.strip().lower() in title.lower() for title in titles):
        return [FieldError("option", "invalid_option",
                           f"Not an option of this version: {', '.join(titles)}.")]
    return []


def _plan_grade(plan: AssessmentPlan | None, dfe_name: str) -> str:
    """The plan's grade a DfE grade name stands for (pass when unknown)."""
    names = {**DEFAULT_DFE_GRADES, **((plan.dfe_grades if plan else None) or {})}
    return next((g for g, name in names.items() if name == dfe_name and g != Grade.FAIL),
                Grade.PASS)


def outcomes_clear(*, apprenticeship: Apprenticeship, actor: Actor) -> int:
    """Remove the outcomes recorded directly (DfE's delete of an EPA record), before any
    certificate is submitted; the status goes back to what the remaining released result gives,
    or to the gateway passed. Returns how many were removed."""
    _require_admin(actor, apprenticeship)
    with transaction.atomic():
        apprenticeship = Apprenticeship.objects.select_for_update(of=("self",)).get(
            pk=apprenticeship.pk)
        if apprenticeship.status in (ApprenticeshipStatus.CERTIFICATE_REQUESTED,
                                     ApprenticeshipStatus.CERTIFICATE_ISSUED):
            raise StateConflict("certificate_submitted",
                                "A certificate has been requested: the outcome stays.")
        recorded = list(Assessment.objects.filter(apprenticeship=apprenticeship,
                                                  recorded_directly=True).order_by("-number"))
        if not recorded:
            raise StateConflict("no_recorded_outcome", "No outcome was recorded directly.")
        removed = [{"attempt": a.number, "outcome": a.outcome,
                    "outcome_date": str(a.outcome_date)} for a in recorded]
        for assessment in recorded:  # latest first: each is the previous of the next
            assessment.delete()
        remaining = Assessment.objects.filter(apprenticeship=apprenticeship).select_related(
            "plan").order_by("-number").first()
        event_record(apprenticeship=apprenticeship, actor=actor, area="result",
                     action="outcomes_removed", before={"outcomes": removed})
        apprenticeship_status_move(
            apprenticeship=apprenticeship, actor=actor, area="result",
            status=result_status(remaining) if remaining is not None and remaining.outcome
            else ApprenticeshipStatus.GATEWAY_PASSED)
    return len(recorded)


# -- withdrawal --------------------------------------------------------------------------------

@dataclass(frozen=True)
class EPAClosed:
    """What closing an apprentice's EPA on withdrawal did."""

    assessments: list[int]
    cancelled_bookings: list[dict]


def assessments_close(*, apprenticeship: Apprenticeship, actor: Actor,
                      withdrawn_on: dt.date) -> EPAClosed:
    """Close the apprenticeship's open attempts (in progress or provisional) because the
    apprentice withdraws, cancelling the bookings not yet taken (scheduled from now on). The
    withdrawal (``epa.pathways.services.apprenticeship_withdraw``) has decided who may. Their
    outcome is ``withdrawn`` on the withdrawal's date."""
    closed, cancelled = [], []
    now = timezone.now()
    for attempt in Assessment.objects.filter(
            apprenticeship=apprenticeship,
            status__in=[AssessmentStatus.IN_PROGRESS, AssessmentStatus.PROVISIONAL]):
        with locked_at_version(Assessment.objects.all(), attempt.pk, None) as locked:
            locked.apprenticeship = apprenticeship
            for method in locked.methods.select_for_update(of=("self",)).select_related(
                    "method").filter(status=MethodStatus.BOOKED, scheduled_at__gte=now):
                method.status = MethodStatus.CANCELLED
                method.save(update_fields=["status"])
                booking = {"assessment": locked.pk, "method": method.method.code,
                           "scheduled_at": _iso(method.scheduled_at)}
                cancelled.append(booking)
                _event(locked, actor, "booking_cancelled", subject=method.method.code,
                       before={"status": MethodStatus.BOOKED}, after=booking,
                       reason="The apprentice withdrew.")
            before = locked.status
            locked.status = AssessmentStatus.WITHDRAWN
            locked.outcome, locked.outcome_date = Outcome.WITHDRAWN, withdrawn_on
            _event(locked, actor, "closed", area="result", before={"status": before},
                   after={"status": locked.status}, reason="The apprentice withdrew.")
            closed.append(locked.pk)
    return EPAClosed(assessments=closed, cancelled_bookings=cancelled)
