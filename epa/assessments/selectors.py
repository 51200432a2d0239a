"""Reads of assessment plans that encode rules: which plan applies, which methods and criteria
apply to an option, which KSBs the portfolio must evidence."""

from __future__ import annotations

from django.db.models import Prefetch, Q, QuerySet

from epa.assessments.models import AssessmentMethod, AssessmentPlan, GradingCriterion
from epa.organisations.models import Organisation
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


# -- who sees which assessments ----------------------------------------------------------------

def assessments_visible_to(actor) -> QuerySet:
    """The EPAO's admins and quality assurers: every attempt of apprenticeships naming it. An
    assessor: attempts with a method booked with them. The provider and employer: released
    results only (never a provisional grade)."""
    from django.db.models import Exists, OuterRef

    from epa.assessments.models import Assessment, AssessmentStatus, MethodAssessment
    from epa.learners.selectors import EPAO_WIDE_ROLES
    from epa.organisations.models import OrganisationKind

    scope = Q(apprenticeship__epao_id__in=actor.organisation_ids(OrganisationKind.EPAO,
                                                                 EPAO_WIDE_ROLES))
    scope |= Q(status=AssessmentStatus.RELEASED) & (
        Q(apprenticeship__provider_id__in=actor.organisation_ids(OrganisationKind.PROVIDER))
        | Q(apprenticeship__employer_id__in=actor.organisation_ids(OrganisationKind.EMPLOYER)))
    if actor.user_id is not None:
        assigned = MethodAssessment.objects.filter(assessment=OuterRef("pk"),
                                                   assessor_id=actor.user_id)
        scope |= Q(Exists(assigned))
    return Assessment.objects.filter(scope)


def assessments_with_details(queryset: QuerySet) -> QuerySet:
    """Everything the assessment API shows, in a constant number of queries."""
    from epa.assessments.models import Judgement, MethodAssessment

    judgements = Judgement.objects.select_related("criterion").prefetch_related(
        Prefetch("ksbs_observed", KSB.objects.only("id", "code", "kind", "number")))
    methods = MethodAssessment.objects.select_related("method", "assessor", "carried_from")\
        .prefetch_related(Prefetch("judgements", judgements))
    return queryset.select_related(
        "apprenticeship__learner", "apprenticeship__option", "plan",
        "apprenticeship__standard_version__standard").prefetch_related(
        Prefetch("methods", methods), "appeals__method", "plan__matrix_rows")


def pending_criteria(assessment) -> dict[int, list[str]]:
    """Per method assessment id, the codes of the criteria that apply and are not judged yet."""
    option = assessment.apprenticeship.option
    pending = {}
    for method in assessment.methods.all():
        if method.carried_from_id:
            pending[method.pk] = []
            continue
        judged = {j.criterion_id for j in method.judgements.all()}
        pending[method.pk] = [c.code for c in criteria_for(method.method, option)
                              if c.pk not in judged]
    return pending


def ksb_coverage(assessment) -> dict:
    """Every KSB of the apprentice's option: where the attempt assesses it (methods passed in
    an earlier attempt count with that attempt's judgements), the judgement, and which KSBs no
    judgement covers yet."""
    apprenticeship = assessment.apprenticeship
    option = apprenticeship.option
    ksbs = list(ksbs_for_option(version=apprenticeship.standard_version, option=option)
                .order_by("kind", "number"))
    entries: dict[int, list[dict]] = {k.pk: [] for k in ksbs}
    for method in assessment.methods.select_related("method", "carried_from__assessment"):
        source = method.carried_from or method
        judgements = {j.criterion_id: j for j in source.judgements.prefetch_related(
            "ksbs_observed")}
        for criterion in criteria_for(method.method, option).prefetch_related("ksbs"):
            judgement = judgements.get(criterion.pk)
            observed = {k.pk for k in judgement.ksbs_observed.all()} if judgement else set()
            for ksb in criterion.ksbs.all():
                if ksb.pk in entries:
                    entries[ksb.pk].append({
                        "attempt": source.assessment.number if source is not method
                        else assessment.number,
                        "method": method.method.code, "criterion": criterion.code,
                        "band": criterion.band, "met": judgement.met if judgement else None,
                        "observed": ksb.pk in observed})
    rows = [{"code": k.code, "kind": k.kind, "entries": entries[k.pk],
             "assessed": any(e["met"] is not None for e in entries[k.pk])} for k in ksbs]
    return {"assessment": assessment.pk, "uln": apprenticeship.learner.uln,
            "option": option.title if option else None,
            "ksbs": rows, "unassessed": [r["code"] for r in rows if not r["assessed"]]}
