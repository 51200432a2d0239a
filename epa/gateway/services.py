"""The gateway flow: open, prepare, submit, sign off, declare, review, decide.

Each write locks the submission row, checks the caller's ``If-Match`` version (a stale one is
``StaleVersion``, a 412), applies the change, bumps the version and records an event in the
apprenticeship's history. Who may do what:

- the delivering provider (admins, staff, keys) and the employer (any member) open, prepare
  and submit, while the submission is a draft or has failed;
- only the employer signs off; only the provider makes the provider declaration;
- only the EPAO named on the apprenticeship (admins, quality assurers, keys) reviews.
"""

from __future__ import annotations

from contextlib import contextmanager

from django.db import transaction
from django.utils import timezone

from epa.core.actor import Actor
from epa.core.codes import define_field_codes, define_many
from epa.core.errors import FieldError, RuleViolation, StateConflict
from epa.core.locking import locked_at_version
from epa.core.policy import require
from epa.gateway.evaluation import Evaluation, gateway_evaluate
from epa.gateway.models import (
    ComponentKind,
    ComponentStatus,
    EvidenceItem,
    GatewayAttempt,
    GatewayComponent,
    GatewaySubmission,
    SubmissionStatus,
)
from epa.gateway.rules import Status
from epa.learners.history import apprenticeship_status_move, event_record
from epa.learners.lifecycle import require_active
from epa.learners.models import Apprenticeship, ApprenticeshipStatus
from epa.learners.selectors import (
    EPAO_WIDE_ROLES,
    acts_as_employer,
    acts_as_provider,
    acts_for_epao,
)
from epa.standards.models import KSB

AREA = "gateway"

# The codes the writes below give (``epa.core.codes``), by write: each operation's schema
# declares those of its own write (``field_codes(group)``).
DATE_ERRORS = "gateway.dates"
EVIDENCE_ERRORS = "gateway.evidence"
SUBMIT_ERRORS = "gateway.submit"
REVIEW_ERRORS = "gateway.review"
define_field_codes(DATE_ERRORS, {"gateway_date": ["gateway_before_start", "gateway_in_future"]})
define_field_codes(EVIDENCE_ERRORS, {"ksbs": ["unknown_ksb", "empty"]})
define_field_codes(SUBMIT_ERRORS, {kind: ["not_ready"] for kind in ComponentKind.values})
define_field_codes(REVIEW_ERRORS, {"reason": ["reason_required"]})
define_many("gateway", 409, ["gateway_already_open", "gateway_not_editable",
                             "gateway_not_submitted", "component_not_submitted",
                             "apprenticeship_not_in_training", "epao_missing"])

# The components whose evidence an edit changes: after a failed attempt their review starts
# again on the next submission.
FIELD_COMPONENTS = {
    "gateway_date": [ComponentKind.MINIMUM_DURATION, ComponentKind.ENGLISH, ComponentKind.MATHS],
    "contracted_hours_per_week": [ComponentKind.OFF_THE_JOB],
    "off_the_job_hours": [ComponentKind.OFF_THE_JOB],
    "prior_learning_reduction_hours": [ComponentKind.OFF_THE_JOB],
    "english_maths_exemption_evidence": [ComponentKind.ENGLISH, ComponentKind.MATHS],
}
EDITABLE_FIELDS = tuple(FIELD_COMPONENTS)


# -- who may do what ---------------------------------------------------------------------------

def _require_preparer(actor: Actor, apprenticeship: Apprenticeship) -> None:
    require(acts_as_provider(actor, apprenticeship) or acts_as_employer(actor, apprenticeship),
             "Only the apprenticeship's provider and employer prepare its gateway.")


# -- concurrency and history -------------------------------------------------------------------

@contextmanager
def _locked(submission: GatewaySubmission, expected_version: int | None):
    """The submission, locked for this transaction, at the version the caller expects; refused
    while the apprentice is on a break or has withdrawn (``lifecycle.require_active``)."""
    with locked_at_version(GatewaySubmission.objects.select_related("apprenticeship"),
                           submission.pk, expected_version) as locked:
        require_active(locked.apprenticeship)
        yield locked


def _event(submission: GatewaySubmission, actor: Actor, action: str, subject: str = "",
           before=None, after=None, reason: str = "") -> None:
    event_record(apprenticeship=submission.apprenticeship, actor=actor, area=AREA,
                 action=action, subject=subject, before=before, after=after, reason=reason)


def _set_apprenticeship_status(submission: GatewaySubmission, actor: Actor,
                               status: str) -> None:
    apprenticeship_status_move(apprenticeship=submission.apprenticeship, actor=actor,
                               status=status, area=AREA)


def _require_editable(submission: GatewaySubmission) -> None:
    if not submission.editable:
        raise StateConflict("gateway_not_editable",
                            f"The gateway is {submission.status}: it can be changed only as a "
                            "draft or after a failed attempt.")


def _reopen(submission: GatewaySubmission, kinds: list[str]) -> None:
    """After a failed attempt, edited components are reviewed again on the next submission."""
    if submission.status == SubmissionStatus.FAILED:
        submission.components.filter(kind__in=kinds).update(
            status=ComponentStatus.MISSING, rejection_reason="", reviewed_by="",
            reviewed_at=None)


# -- the flow ----------------------------------------------------------------------------------

def gateway_open(*, apprenticeship: Apprenticeship, actor: Actor,
                 values: dict | None = None) -> GatewaySubmission:
    _require_preparer(actor, apprenticeship)
    with transaction.atomic():
        apprenticeship = Apprenticeship.objects.select_for_update().get(pk=apprenticeship.pk)
        require_active(apprenticeship)
        if GatewaySubmission.objects.filter(apprenticeship=apprenticeship).exists():
            raise StateConflict("gateway_already_open",
                                "This apprenticeship already has a gateway submission.")
        if apprenticeship.status != ApprenticeshipStatus.IN_TRAINING:
            raise StateConflict("apprenticeship_not_in_training",
                                f"The apprenticeship is {apprenticeship.status}: a gateway "
                                "opens for an apprentice in training.")
        values = values or {}
        if apprenticeship.prior_learning_hours and "prior_learning_reduction_hours" not in values:
            # Recognised on progression from an achieved apprenticeship (epa.pathways).
            values = {**values,
                      "prior_learning_reduction_hours": apprenticeship.prior_learning_hours}
        _validate_values(apprenticeship, values)
        submission = GatewaySubmission.objects.create(apprenticeship=apprenticeship, **values)
        GatewayComponent.objects.bulk_create(
            GatewayComponent(submission=submission, kind=kind) for kind in ComponentKind.values)
        _event(submission, actor, "opened", after=_plain(values))
        _set_apprenticeship_status(submission, actor, ApprenticeshipStatus.GATEWAY_IN_PROGRESS)
    return submission


def _plain(values: dict) -> dict:
    return {k: (str(v) if v is not None and not isinstance(v, str | int | bool) else v)
            for k, v in values.items()}


def _validate_values(apprenticeship: Apprenticeship, values: dict) -> None:
    _check_gateway_date(apprenticeship, values.get("gateway_date"))


def _check_gateway_date(apprenticeship: Apprenticeship, gateway_date) -> None:
    """The gateway is on a day that has come: a future date would meet the time-based rules
    early. (A dry run may look ahead; a submission may not.)"""
    if gateway_date is None:
        return
    if gateway_date < apprenticeship.start_date:
        raise RuleViolation([FieldError("gateway_date", "gateway_before_start",
                                        "The gateway date is before the apprenticeship's "
                                        "start.")])
    if gateway_date > timezone.localdate():
        raise RuleViolation([FieldError("gateway_date", "gateway_in_future",
                                        "The gateway date is in the future: record it on the "
                                        "day, or use the evaluation's gateway_date to look "
                                        "ahead.")])


def gateway_update(*, submission: GatewaySubmission, actor: Actor, values: dict,
                   expected_version: int | None = None) -> GatewaySubmission:
    _require_preparer(actor, submission.apprenticeship)
    with _locked(submission, expected_version) as locked:
        _require_editable(locked)
        _validate_values(locked.apprenticeship, values)
        before = {k: getattr(locked, k) for k in values}
        changed = {k: v for k, v in values.items() if before[k] != v}
        for key, value in changed.items():
            setattr(locked, key, value)
        if changed:
            _reopen(locked, sorted({k for f in changed for k in FIELD_COMPONENTS[f]}))
            _event(locked, actor, "updated", before=_plain({k: before[k] for k in changed}),
                   after=_plain(changed))
    return locked


def _ksbs_of_version(submission: GatewaySubmission, codes: list[str]) -> list[KSB]:
    wanted = list(dict.fromkeys(c.strip().upper() for c in codes))
    if not wanted:
        raise RuleViolation([FieldError("ksbs", "empty",
                                        "Name at least one KSB the item evidences.")])
    found = {k.code: k for k in KSB.objects.filter(
        version_id=submission.apprenticeship.standard_version_id, code__in=wanted)}
    unknown = [c for c in wanted if c not in found]
    if unknown:
        raise RuleViolation([FieldError(
            "ksbs", "unknown_ksb",
            f"Not KSBs of the apprenticeship's standard version: {', '.join(unknown)}.")])
    return [found[c] for c in wanted]


def evidence_add(*, submission: GatewaySubmission, actor: Actor, data: dict,
                 expected_version: int | None = None) -> EvidenceItem:
    _require_preparer(actor, submission.apprenticeship)
    with _locked(submission, expected_version) as locked:
        _require_editable(locked)
        ksbs = _ksbs_of_version(locked, data["ksbs"])
        fields = {k: v for k, v in data.items() if k != "ksbs"}
        item = EvidenceItem.objects.create(submission=locked, **fields)
        item.ksbs.set(ksbs)
        _reopen(locked, [ComponentKind.PORTFOLIO])
        _event(locked, actor, "evidence_added", subject=f"evidence.{item.pk}",
               after={"title": item.title, "ksbs": [k.code for k in ksbs]})
    return item


def evidence_remove(*, submission: GatewaySubmission, actor: Actor, item: EvidenceItem,
                    expected_version: int | None = None) -> None:
    _require_preparer(actor, submission.apprenticeship)
    with _locked(submission, expected_version) as locked:
        _require_editable(locked)
        before = {"title": item.title, "ksbs": [k.code for k in item.ksbs.all()]}
        subject = f"evidence.{item.pk}"
        item.delete()
        _reopen(locked, [ComponentKind.PORTFOLIO])
        _event(locked, actor, "evidence_removed", subject=subject, before=before)


def gateway_submit(*, submission: GatewaySubmission, actor: Actor,
                   expected_version: int | None = None) -> GatewaySubmission:
    """Send the gateway to the EPAO: every required component but the employer's sign-off
    (which may follow) must be provided and met. A resubmission counts as a new attempt."""
    _require_preparer(actor, submission.apprenticeship)
    with _locked(submission, expected_version) as locked:
        _require_editable(locked)
        if locked.apprenticeship.epao_id is None:
            raise StateConflict("epao_missing",
                                "Name the EPAO on the apprenticeship before submitting.")
        _check_gateway_date(locked.apprenticeship, locked.gateway_date)
        evaluation = gateway_evaluate(locked.apprenticeship, locked)
        not_ready = [c for c in evaluation.components
                     if c.kind != ComponentKind.EMPLOYER_SIGN_OFF
                     and c.check.status == Status.NOT_MET]
        if not_ready:
            raise RuleViolation([
                FieldError(c.kind, "not_ready", f"{c.check.message} ({c.check.reason})")
                for c in not_ready])
        now = timezone.now()
        before = locked.status
        locked.status = SubmissionStatus.SUBMITTED
        locked.attempt += 1
        locked.submitted_at = now
        locked.decided_at = None
        if locked.gateway_date is None:
            locked.gateway_date = evaluation.gateway_date
        provided = {c.kind for c in evaluation.components if c.evidence_provided}
        pending = [c for c in locked.components.all() if c.status != ComponentStatus.ACCEPTED]
        for component in pending:
            component.status = (ComponentStatus.SUBMITTED if component.kind in provided
                                 else ComponentStatus.MISSING)
        GatewayComponent.objects.bulk_update(pending, ["status"])  # one UPDATE, not eight
        GatewayAttempt.objects.create(submission=locked, number=locked.attempt,
                                      submitted_at=now)
        _event(locked, actor, "submitted", before={"status": before},
               after={"status": locked.status, "attempt": locked.attempt})
        _set_apprenticeship_status(locked, actor, ApprenticeshipStatus.GATEWAY_IN_PROGRESS)
    return locked


def _declare(*, submission: GatewaySubmission, actor: Actor, declaration: str,
             expected_version: int | None, kind: str) -> GatewaySubmission:
    employer = kind == ComponentKind.EMPLOYER_SIGN_OFF
    prefix = "employer_signed_off" if employer else "provider_declared"
    text_field = "employer_declaration" if employer else "provider_declaration"
    with _locked(submission, expected_version) as locked:
        if locked.status == SubmissionStatus.PASSED:
            raise StateConflict("gateway_not_editable", "The gateway has passed.")
        component = locked.components.get(kind=kind)
        if component.status == ComponentStatus.ACCEPTED:
            raise StateConflict("gateway_not_editable",
                                "This declaration has been accepted by the EPAO.")
        by, at = actor.label, timezone.now()
        setattr(locked, f"{prefix}_by", by)
        setattr(locked, f"{prefix}_at", at)
        setattr(locked, text_field, declaration)
        if locked.status == SubmissionStatus.SUBMITTED:
            component.status = ComponentStatus.SUBMITTED
            component.rejection_reason = ""
            component.save(update_fields=["status", "rejection_reason"])
        _event(locked, actor, "signed_off" if employer else "declared", subject=kind,
               after={"by": by, "declaration": declaration})
    return locked


def employer_sign_off(*, submission: GatewaySubmission, actor: Actor, declaration: str,
                      expected_version: int | None = None) -> GatewaySubmission:
    require(acts_as_employer(actor, submission.apprenticeship),
             "Only the apprentice's employer signs off the gateway.")
    return _declare(submission=submission, actor=actor, declaration=declaration,
                    expected_version=expected_version, kind=ComponentKind.EMPLOYER_SIGN_OFF)


def provider_declare(*, submission: GatewaySubmission, actor: Actor, declaration: str,
                     expected_version: int | None = None) -> GatewaySubmission:
    require(acts_as_provider(actor, submission.apprenticeship),
             "Only the apprentice's training provider makes the provider declaration.")
    return _declare(submission=submission, actor=actor, declaration=declaration,
                    expected_version=expected_version, kind=ComponentKind.PROVIDER_DECLARATION)


def component_review(*, submission: GatewaySubmission, actor: Actor, kind: str,
                     accept: bool, reason: str = "", expected_version: int | None = None
                     ) -> GatewaySubmission:
    """The EPAO accepts or rejects one submitted component (a rejection needs a reason).

    A component already reviewed is a conflict, so two reviewers cannot overwrite each other
    even without ``If-Match``. When nothing is left to review the gateway is decided.
    """
    require(acts_for_epao(actor, submission.apprenticeship, EPAO_WIDE_ROLES),
             "Only the EPAO named on the apprenticeship reviews its gateway.")
    if not accept and not reason.strip():
        raise RuleViolation([FieldError("reason", "reason_required",
                                        "Say why the component is rejected.")])
    with _locked(submission, expected_version) as locked:
        if locked.status != SubmissionStatus.SUBMITTED:
            raise StateConflict("gateway_not_submitted",
                                f"The gateway is {locked.status}: only a submitted gateway is "
                                "reviewed.")
        component = locked.components.get(kind=kind)
        if component.status != ComponentStatus.SUBMITTED:
            raise StateConflict("component_not_submitted",
                                f"The {kind} component is {component.status}: only a submitted "
                                "component is reviewed.")
        before = component.status
        component.status = ComponentStatus.ACCEPTED if accept else ComponentStatus.REJECTED
        component.rejection_reason = "" if accept else reason.strip()
        component.reviewed_by = actor.label
        component.reviewed_at = timezone.now()
        component.save()
        _event(locked, actor, "component_accepted" if accept else "component_rejected",
               subject=kind, before={"status": before}, after={"status": component.status},
               reason=component.rejection_reason)
        _decide_if_complete(locked, actor)
    return locked


def _decide_if_complete(submission: GatewaySubmission, actor: Actor) -> None:
    """Pass or fail the attempt once the EPAO has nothing left to review.

    Any rejection fails it once the rest are reviewed. With none, it waits for every required
    component (the employer's sign-off may come late) and passes if every check is met.
    """
    statuses = {c.kind: c.status for c in submission.components.all()}
    evaluation = gateway_evaluate(submission.apprenticeship, submission)
    required = [c.kind for c in evaluation.components if c.required]
    # A component that is not required (English and maths under the 19+ exemption) does not
    # hold the decision back while it waits for a review; a rejection of it still counts.
    if any(statuses[k] == ComponentStatus.SUBMITTED for k in required):
        return
    rejected = [k for k, s in statuses.items() if s == ComponentStatus.REJECTED]
    if not rejected and any(statuses[k] != ComponentStatus.ACCEPTED for k in required):
        return
    passed = not rejected and evaluation.ready
    _decide(submission, actor, evaluation, passed, rejected)


def _decide(submission: GatewaySubmission, actor: Actor, evaluation: Evaluation,
            passed: bool, rejected: list[str]) -> None:
    now = timezone.now()
    submission.status = SubmissionStatus.PASSED if passed else SubmissionStatus.FAILED
    submission.decided_at = now
    GatewayAttempt.objects.filter(submission=submission, number=submission.attempt).update(
        outcome=submission.status, decided_at=now, evaluation=evaluation.as_dict())
    not_met = [c.kind for c in evaluation.components if c.check.status == Status.NOT_MET]
    _event(submission, actor, "passed" if passed else "failed",
           after={"status": submission.status, "attempt": submission.attempt,
                  "rejected": rejected, "not_met": not_met})
    _set_apprenticeship_status(submission, actor, ApprenticeshipStatus.GATEWAY_PASSED if passed
                               else ApprenticeshipStatus.GATEWAY_FAILED)


# -- withdrawal --------------------------------------------------------------------------------

def gateway_close(*, apprenticeship: Apprenticeship, actor: Actor) -> str | None:
    """Close the apprenticeship's open gateway (draft, submitted or failed) because the
    apprentice withdraws; returns the status it had (None: none open). The withdrawal
    (``epa.pathways.services.apprenticeship_withdraw``) has decided who may."""
    submission = GatewaySubmission.objects.filter(
        apprenticeship=apprenticeship, status__in=[SubmissionStatus.DRAFT,
                                                   SubmissionStatus.SUBMITTED,
                                                   SubmissionStatus.FAILED]).first()
    if submission is None:
        return None
    with locked_at_version(GatewaySubmission.objects.all(), submission.pk, None) as locked:
        locked.apprenticeship = apprenticeship
        before = locked.status
        locked.status = SubmissionStatus.WITHDRAWN
        _event(locked, actor, "closed", before={"status": before},
               after={"status": locked.status}, reason="The apprentice withdrew.")
    return before
