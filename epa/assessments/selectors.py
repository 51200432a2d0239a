"""Reads of the EPA that encode rules: who sees which attempts, which assessor may assess an
apprentice, where a method's and an attempt's grades stand, and which KSBs an attempt covers.

Grades are computed here from the judgements and the plan (``epa.plans.grading``), never
entered; ``services`` stores them when a judgement changes, and the API shows them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from epa.assessments.models import (
    Assessment,
    AssessmentStatus,
    ConflictDeclaration,
    Judgement,
    MethodAssessment,
)
from epa.core.actor import Actor
from epa.core.errors import FieldError
from epa.learners.models import Apprenticeship
from epa.learners.selectors import EPAO_WIDE_ROLES
from epa.organisations.models import Membership, OrganisationKind, Role
from epa.plans.grading import CriterionResult, method_grade, overall_grade
from epa.plans.models import GRADE_RANK, Grade
from epa.plans.selectors import criteria_for
from epa.standards.models import KSB
from epa.standards.selectors import ksbs_for_option

# -- who sees which assessments ----------------------------------------------------------------

def assessments_visible_to(actor: Actor) -> QuerySet[Assessment]:
    """The EPAO's admins and quality assurers: every attempt of apprenticeships naming it. An
    assessor: attempts with a method booked with them. The provider and employer: released
    results only (never a provisional grade)."""
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


def assessments_with_details(queryset: QuerySet[Assessment]) -> QuerySet[Assessment]:
    """Everything the assessment API shows, in a constant number of queries."""
    judgements = Judgement.objects.select_related("criterion").prefetch_related(
        Prefetch("ksbs_observed", KSB.objects.only("id", "code", "kind", "number")))
    methods = MethodAssessment.objects.select_related("method", "assessor", "carried_from")\
        .prefetch_related(Prefetch("judgements", judgements))
    return queryset.select_related(
        "apprenticeship__learner", "apprenticeship__option", "plan",
        "apprenticeship__standard_version__standard").prefetch_related(
        Prefetch("methods", methods), "appeals__method", "plan__matrix_rows")


# -- assessors ---------------------------------------------------------------------------------

def epao_assessor_id(epao_id: int, username: str) -> int | None:
    """The user id of the EPAO's assessor with this user name. Only the EPAO's own assessors
    are looked up, so that a name says nothing about people elsewhere."""
    return Membership.objects.filter(organisation_id=epao_id, role=Role.ASSESSOR,
                                     user__username=username).values_list(
        "user_id", flat=True).first()


NOT_AN_ASSESSOR = FieldError("assessor", "not_an_assessor", "Not an assessor of the EPAO.")


def assessor_conflicts(*, assessor_id: int, apprenticeship: Apprenticeship) -> list[FieldError]:
    """Why this assessor of the apprenticeship's EPAO may not assess this apprentice (empty
    when they may)."""
    memberships = Membership.objects.filter(user_id=assessor_id)
    parties = [apprenticeship.provider_id, apprenticeship.employer_id]
    if memberships.filter(organisation_id__in=parties).exists():
        return [FieldError("assessor", "assessor_works_for_party",
                           "Conflict of interest: the assessor is a member of the "
                           "apprentice's provider or employer.")]
    declared = ConflictDeclaration.objects.filter(
        Q(uln=apprenticeship.learner.uln) | Q(organisation_id__in=parties),
        assessor_id=assessor_id)
    if declared.exists():
        return [FieldError("assessor", "assessor_declared_conflict",
                           "Conflict of interest: the assessor declared one with this "
                           "apprentice, provider or employer.")]
    return []


# -- where the grades stand --------------------------------------------------------------------

@dataclass(frozen=True)
class MethodGrading:
    """Where one method's grade stands."""

    grade: str  # "" until every criterion that applies is judged
    unmet: list[str]  # the criteria not met (feedback: what kept a higher grade from it)
    pending: list[str]  # the criteria not judged yet


@dataclass(frozen=True)
class AssessmentGrading:
    """Where an attempt's overall grade stands."""

    method_grades: dict[str, str]  # the grade that counts, per method code (graded ones only)
    matrix_grade: str  # what the plan's matrix gives for them; "" until every method is graded
    capped: bool  # a capped resit or retake lowered a distinction to pass
    overall_grade: str  # the matrix grade after the cap


def method_grading(method: MethodAssessment) -> MethodGrading:
    """The grade of one method from its judgements of the criteria that apply to the
    apprentice's option."""
    criteria = list(criteria_for(method.method, method.assessment.apprenticeship.option))
    judged = {j.criterion_id: j for j in method.judgements.all()}
    pending = [c.code for c in criteria if c.pk not in judged]
    if pending:
        return MethodGrading("", [], pending)
    result = method_grade(method.method.grade_scale, [
        CriterionResult(c.code, c.band, judged[c.pk].met) for c in criteria])
    return MethodGrading(result.grade, result.unmet, [])


def assessment_grading(assessment: Assessment) -> AssessmentGrading:
    """The overall grade from the plan's matrix once every method has a grade (the quality
    assurer's where changed), capped at pass for a capped resit or retake."""
    methods = list(assessment.methods.select_related("method"))
    grades = {m.method.code: m.final_grade for m in methods if m.final_grade}
    if not methods or len(grades) < len(methods):
        return AssessmentGrading(grades, "", False, "")
    from_matrix = overall_grade(assessment.plan.matrix_rows.all(), grades) or ""
    if assessment.grade_capped and GRADE_RANK.get(from_matrix, 0) > GRADE_RANK[Grade.PASS]:
        return AssessmentGrading(grades, from_matrix, True, Grade.PASS)
    return AssessmentGrading(grades, from_matrix, False, from_matrix)


def pending_criteria(assessment: Assessment) -> dict[int, list[str]]:
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


# -- KSB coverage ------------------------------------------------------------------------------

def ksb_coverage(assessment: Assessment) -> dict:
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
