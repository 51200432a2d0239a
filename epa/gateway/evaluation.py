"""The gateway evaluation: every component's computed check, from the apprenticeship's facts.

``gateway_evaluate`` reads the facts (the apprenticeship, its achievements, the submission and
its evidence, the assessment plan) and applies the plain rules of ``rules.py``. It stores
nothing: the same evaluation serves the dry run, the submission and the EPAO's decision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from epa.gateway import rules
from epa.gateway.models import ComponentKind, GatewaySubmission
from epa.gateway.rules import Check, Qualification, Status
from epa.learners.models import Apprenticeship
from epa.plans.selectors import plan_for, portfolio_ksb_codes
from epa.standards.selectors import ksbs_for_option

COMPONENT_ORDER = list(ComponentKind.values)


@dataclass(frozen=True)
class ComponentEvaluation:
    kind: str
    required: bool
    evidence_provided: bool
    check: Check


@dataclass(frozen=True)
class Evaluation:
    gateway_date: dt.date
    components: list[ComponentEvaluation]

    @property
    def ready(self) -> bool:
        """Every required component's check is met (reviews aside)."""
        return all(c.check.status != Status.NOT_MET for c in self.components)

    def component(self, kind: str) -> ComponentEvaluation:
        return next(c for c in self.components if c.kind == kind)

    def as_dict(self) -> dict:
        """A JSON-ready snapshot, kept with each decided attempt."""
        return {
            "gateway_date": self.gateway_date.isoformat(),
            "ready": self.ready,
            "components": [{
                "component": c.kind, "required": c.required,
                "evidence_provided": c.evidence_provided,
                "check": c.check.status.value, "reason": c.check.reason,
                "message": c.check.message, "rule": c.check.rule.code,
            } for c in self.components],
        }


def portfolio_requirement(apprenticeship: Apprenticeship) -> tuple[set[str], bool]:
    """The KSB codes the portfolio must evidence, and whether an assessment plan says so.

    The plan's methods underpinned by the portfolio decide, for the apprentice's option; with
    no plan for the version, every KSB of the option.
    """
    plan = plan_for(apprenticeship.standard_version, apprenticeship.epao)
    if plan is not None:
        return set(portfolio_ksb_codes(plan, apprenticeship.option)), True
    codes = ksbs_for_option(version=apprenticeship.standard_version,
                            option=apprenticeship.option).values_list("code", flat=True)
    return set(codes), False


def _planned_weeks(apprenticeship: Apprenticeship) -> int:
    """Whole weeks of the practical period: start to the planned end date, which (as in the
    ILR) is the end of the practical period; the EPA period is not part of it."""
    return (apprenticeship.planned_end_date - apprenticeship.start_date).days // 7


def gateway_evaluate(apprenticeship: Apprenticeship, submission: GatewaySubmission | None,
                     gateway_date: dt.date | None = None) -> Evaluation:
    """Evaluate the gateway of ``apprenticeship`` at ``gateway_date``.

    The date defaults to the submission's gateway date, else today. ``submission`` may be None
    (a dry run before one is opened): its components are then judged as not yet provided.
    """
    gateway_date = gateway_date or (submission.gateway_date if submission else None) \
        or timezone.localdate()
    version = apprenticeship.standard_version
    learner = apprenticeship.learner
    achievements = [Qualification(a.subject, a.level, a.qualification_type, a.achieved_on)
                    for a in apprenticeship.achievements.all()]
    exemption_evidence = bool(submission and submission.english_maths_exemption_evidence)
    components = []

    for subject in ("english", "maths"):
        check = rules.english_maths_check(
            subject, date_of_birth=learner.date_of_birth, start_date=apprenticeship.start_date,
            gateway_date=gateway_date, has_ehc_plan=apprenticeship.has_ehc_plan,
            achievements=achievements, standard_level=version.standard.level)
        provided = check.status == Status.MET or (
            check.status == Status.NOT_REQUIRED and exemption_evidence)
        components.append(ComponentEvaluation(subject, check.status != Status.NOT_REQUIRED,
                                              provided, check))

    options = list(version.options.all())
    option = apprenticeship.option
    check = rules.option_check(
        version_has_options=bool(options), option_title=option.title if option else None,
        option_in_version=option is not None and option.version_id == version.pk)
    components.append(ComponentEvaluation(ComponentKind.OPTION, bool(options),
                                          option is not None, check))

    required, from_plan = portfolio_requirement(apprenticeship)
    evidenced: set[str] = set()
    if submission is not None:
        for item in submission.evidence.all():
            evidenced.update(k.code for k in item.ksbs.all())
    check = rules.portfolio_check(required=required, evidenced=evidenced, from_plan=from_plan)
    components.append(ComponentEvaluation(ComponentKind.PORTFOLIO, True, bool(evidenced), check))

    check = rules.minimum_duration_check(
        start_date=apprenticeship.start_date, gateway_date=gateway_date,
        contracted_hours_per_week=submission.contracted_hours_per_week if submission else None)
    components.append(ComponentEvaluation(ComponentKind.MINIMUM_DURATION, True, True, check))

    components.append(_off_the_job(apprenticeship, submission))

    signed = bool(submission and submission.employer_signed_off_at)
    check = rules.declaration_check(
        rule=rules.EMPLOYER_SIGN_OFF, made=signed,
        by=submission.employer_signed_off_by if signed else None,
        at=submission.employer_signed_off_at if signed else None)
    components.append(ComponentEvaluation(ComponentKind.EMPLOYER_SIGN_OFF, True, signed, check))
    declared = bool(submission and submission.provider_declared_at)
    check = rules.declaration_check(
        rule=rules.PROVIDER_DECLARATION, made=declared,
        by=submission.provider_declared_by if declared else None,
        at=submission.provider_declared_at if declared else None)
    components.append(ComponentEvaluation(ComponentKind.PROVIDER_DECLARATION, True, declared,
                                          check))
    return Evaluation(gateway_date, components)


def _off_the_job(apprenticeship: Apprenticeship, submission: GatewaySubmission | None
                 ) -> ComponentEvaluation:
    hours = submission.off_the_job_hours if submission else None
    contracted = submission.contracted_hours_per_week if submission else None
    published = apprenticeship.standard_version.min_off_the_job_hours
    uses_published = (apprenticeship.start_date >= rules.RULES_2025_FROM
                      and published is not None)
    if hours is None or (contracted is None and not uses_published):
        missing = "off-the-job hours" if hours is None else "contracted hours a week"
        _, rule = rules.off_the_job_required_hours(
            start_date=apprenticeship.start_date,
            contracted_hours_per_week=contracted or rules.FULL_TIME_HOURS,
            planned_weeks=_planned_weeks(apprenticeship), published_minimum=published)
        check = Check(Status.NOT_MET, "off_the_job_not_recorded",
                      f"The {missing} are not recorded yet.", rule)
        return ComponentEvaluation(ComponentKind.OFF_THE_JOB, True, False, check)
    check = rules.off_the_job_check(
        start_date=apprenticeship.start_date,
        contracted_hours_per_week=contracted or rules.FULL_TIME_HOURS,
        planned_weeks=_planned_weeks(apprenticeship), published_minimum=published,
        recorded_hours=Decimal(hours),
        prior_learning_reduction=Decimal(submission.prior_learning_reduction_hours))
    return ComponentEvaluation(ComponentKind.OFF_THE_JOB, True, True, check)


def component_rows(evaluation: Evaluation, submission: GatewaySubmission | None) -> list[dict]:
    """Each component's evaluation beside its stored review state: what the API shows."""
    stored = {c.kind: c for c in submission.components.all()} if submission else {}
    rows = []
    for item in evaluation.components:
        component = stored.get(item.kind)
        rows.append({
            "component": item.kind, "required": item.required,
            "evidence_provided": item.evidence_provided,
            "status": component.status if component else "missing",
            "rejection_reason": component.rejection_reason if component else "",
            "reviewed_by": component.reviewed_by if component else "",
            "reviewed_at": component.reviewed_at if component else None,
            "check": item.check,
        })
    return rows
