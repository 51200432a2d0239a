"""Reads of assessment plans that encode rules: which plan applies, which methods and criteria
apply to an option, which KSBs the portfolio must evidence."""

from __future__ import annotations

from django.db.models import Prefetch, Q, QuerySet

from epa.organisations.models import Organisation
from epa.plans.grading import highest
from epa.plans.models import AssessmentMethod, AssessmentPlan, GradingCriterion
from epa.standards.models import KSB, Option, StandardVersion
from epa.standards.selectors import ksbs_for_option


def plans_with_details() -> QuerySet[AssessmentPlan]:
    """Plans with everything the API shows, in a constant number of queries."""
    criteria = GradingCriterion.objects.prefetch_related(
        Prefetch("ksbs", KSB.objects.only("id", "code", "kind", "number")))
    methods = AssessmentMethod.objects.select_related("option").prefetch_related(
        Prefetch("criteria", criteria))
    return AssessmentPlan.objects.select_related("standard_version__standard", "owner") \
        .prefetch_related(Prefetch("methods", methods), "matrix_rows")


def plan_for(standard_version: StandardVersion, epao: Organisation | None
             ) -> AssessmentPlan | None:
    """The plan an EPAO assesses ``standard_version`` by: the latest version of its own plan,
    else the latest shared plan (such as the shipped example), else None."""
    plans = AssessmentPlan.objects.filter(standard_version=standard_version)
    if epao is not None:
        own = plans.filter(owner=epao).order_by("-version").first()
        if own is not None:
            return own
    return plans.filter(owner__isnull=True).order_by("-version").first()


def applicable_methods(plan: AssessmentPlan, option: Option | None
                       ) -> QuerySet[AssessmentMethod]:
    """The methods an apprentice on ``option`` takes: those for every option and the option's
    own. With ``option=None``, the methods for every option only."""
    scope = Q(option__isnull=True)
    if option is not None:
        scope |= Q(option=option)
    return plan.methods.filter(scope).order_by("order", "code")


def criteria_for(method: AssessmentMethod, option: Option | None
                 ) -> QuerySet[GradingCriterion]:
    """The criteria of ``method`` that apply to an apprentice on ``option``.

    A method for every option may have criteria citing only one option's KSBs (the example
    plan's option-specific criteria): such a criterion applies to that option only. A criterion
    citing no KSB, or a KSB of the option, applies.
    """
    if option is None and not method.plan.standard_version.core_and_options:
        return method.criteria.all()
    option_ksbs = ksbs_for_option(version=method.plan.standard_version, option=option)
    return method.criteria.filter(Q(ksbs__isnull=True) | Q(ksbs__in=option_ksbs)).distinct()


def portfolio_ksb_codes(plan: AssessmentPlan, option: Option | None) -> set[str]:
    """The KSB codes the portfolio of an apprentice on ``option`` must evidence: those assessed
    by the plan's methods that are underpinned by the portfolio and apply to the option, limited
    to the option's own KSBs (core plus option)."""
    version = plan.standard_version
    codes = set(KSB.objects.filter(
        grading_criteria__method__in=applicable_methods(plan, option).filter(
            underpinned_by_portfolio=True),
    ).values_list("code", flat=True))
    if version.core_and_options:
        codes &= set(ksbs_for_option(version=version, option=option)
                     .values_list("code", flat=True))
    return codes


def highest_grade(plan: AssessmentPlan) -> str:
    """The highest overall grade the plan's matrix gives (pass when no row gives more)."""
    return highest(row.overall_grade for row in plan.matrix_rows.all())
