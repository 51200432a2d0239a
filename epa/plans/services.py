"""Writes of assessment plans. The API, the admin and the loader of the example plan all go
through these, and a plan is validated whole by ``plan_errors``.

The plan data (``data``) is a plain dict::

    {"standard_version": StandardVersion, "owner": Organisation | None,
     "version": int (optional on create: the next free one),
     "title", "note", "is_example", "epa_period_days", "resit_window_days",
     "retake_window_days", "cap_resit_grade_at_pass", "max_attempts", "appeal_window_days",
     "methods": [{"code", "name", "order" (optional: its position), "typical_duration_minutes",
                  "grade_scale", "option": Option | None, "underpinned_by_portfolio",
                  "criteria": [{"code", "band", "descriptor", "ksbs": ["K1", ...]}]}],
     "matrix": [{"method_grades": {"M1": "pass", ...}, "overall_grade": "pass"}]}

Errors are ``FieldError``s whose field is a path into that dict: ``methods.1.criteria.0.ksbs``,
``matrix.3.overall_grade``.

Versions: a plan in use (an assessment was graded by it) is never changed in a way that alters
grades; ``plan_publish_new_version`` (or a create for the same standard version and owner)
makes the next version, which new assessments then use (``selectors.plan_for``).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Max

from epa.core.actor import SYSTEM, Actor
from epa.core.audit import Entry, audit_record, stream
from epa.core.codes import define_field_codes
from epa.core.errors import FieldError, RuleViolation
from epa.core.policy import require
from epa.learners.services import epao_is_approved
from epa.organisations.models import Organisation, OrganisationKind, Role
from epa.plans.models import (
    DFE_CERTIFICATE_GRADES,
    SCALE_GRADES,
    AssessmentMethod,
    AssessmentPlan,
    Band,
    DfeGrade,
    Grade,
    GradingCriterion,
    GradingMatrixRow,
)
from epa.standards.models import Option, StandardVersion
from epa.standards.selectors import ksbs_for_option
from epa.standards.services import UpsertOutcome

PLAN_FIELDS = ("title", "note", "is_example", "epa_period_days", "resit_window_days",
               "retake_window_days", "cap_resit_grade_at_pass", "max_attempts",
               "appeal_window_days", "dfe_grades")
# Changing these never changes a grade: allowed on a plan in use.
DESCRIPTIVE_FIELDS = frozenset({"title", "note"})
METHOD_FIELDS = ("code", "name", "order", "typical_duration_minutes", "grade_scale", "option",
                 "underpinned_by_portfolio")
MISSING_SHOWN = 5  # missing matrix combinations named in one message

# Every code the rules below can give, by field (INDEX: a position in the list); declared in
# the OpenAPI schema. Field validators of the models add their own codes (e.g. ``max_value``).
PLAN_ERRORS = "plans"
PLAN_ERROR_CODES = define_field_codes(PLAN_ERRORS, {
    "plan": ["plan_in_use"],
    "owner": ["not_an_epao", "epao_not_approved", "owner_not_yours", "cannot_change"],
    "standard_version": ["cannot_change"],
    "version": ["duplicate_plan_version"],
    "methods": ["methods_required", "ksb_not_assessed"],
    "methods.INDEX.code": ["duplicate_method_code"],
    "methods.INDEX.option": ["option_not_in_version"],
    "methods.INDEX.grade_scale": ["invalid_choice"],
    "methods.INDEX.criteria": ["pass_criteria_missing"] + [
        f"{grade}_criteria_missing" for grade in Band.values if grade != Band.PASS],
    "methods.INDEX.criteria.INDEX.code": ["duplicate_criterion_code"],
    "methods.INDEX.criteria.INDEX.band": ["invalid_choice", "band_not_in_scale"],
    "methods.INDEX.criteria.INDEX.ksbs": ["unknown_ksb"],
    "matrix": ["matrix_incomplete"],
    "matrix.INDEX.method_grades": ["invalid", "unknown_method", "grade_not_in_scale",
                                   "methods_mismatch", "matrix_duplicate_row"],
    "matrix.INDEX.overall_grade": ["invalid_choice", "failed_method_not_overall_fail"],
    "dfe_grades": ["invalid", "unknown_grade", "invalid_dfe_grade"],
})


# -- validation -------------------------------------------------------------------------------

def plan_field_errors(*, standard_version: StandardVersion, owner: Organisation | None
                      ) -> list[FieldError]:
    """The plan's owner: none (a shared plan), or an EPAO approved for the standard version."""
    if owner is None:
        return []
    if owner.kind != OrganisationKind.EPAO:
        return [FieldError("owner", "not_an_epao",
                           "Only an end-point assessment organisation owns assessment plans.")]
    if not epao_is_approved(owner, standard_version):
        return [FieldError("owner", "epao_not_approved",
                           f"{owner.name} is not approved to assess {standard_version}.")]
    return []


def plan_errors(*, data: dict, plan: AssessmentPlan | None = None) -> list[FieldError]:
    """Everything wrong with a plan's data, each error at its path (empty: the plan is valid).

    ``plan`` is the stored plan being replaced, if any (its own version number is not a clash).
    """
    version: StandardVersion = data["standard_version"]
    errors = _model_errors(_plan_instance(data, plan), "",
                           exclude=["version"] if data.get("version") is None else [])
    errors += plan_field_errors(standard_version=version, owner=data.get("owner"))
    errors += dfe_grades_errors(data.get("dfe_grades"))
    errors += _version_clash(data, plan)
    methods = data.get("methods") or []
    if not methods:
        errors.append(FieldError("methods", "methods_required",
                                 "A plan has at least one assessment method."))
    options = list(version.options.order_by("position", "id"))
    ksb_ids = dict(version.ksbs.values_list("code", "id"))
    codes = Counter(m.get("code") for m in methods)
    for i, method in enumerate(methods):
        errors += _method_errors(method, f"methods.{i}.", version, ksb_ids, codes)
    fields_wrong = {e.field for e in errors}
    # Coverage counts the methods whose option is sound (an unknown KSB simply assesses
    # nothing); the matrix is judged only once every method's code, scale and option are.
    placed = [m for i, m in enumerate(methods) if f"methods.{i}.option" not in fields_wrong]
    errors += _coverage_errors(placed, version, options)
    if not fields_wrong & {f"methods.{i}.{name}" for i in range(len(methods))
                           for name in ("code", "grade_scale", "option")}:
        errors += _matrix_errors(data.get("matrix") or [], methods, options)
    return errors


def dfe_grades_errors(mapping) -> list[FieldError]:
    """A plan's names of its grades on a DfE certificate: a pass or better is named by a
    certificate grade (``DFE_CERTIFICATE_GRADES``), a fail only as ``Fail``."""
    if mapping in (None, {}):
        return []
    if not isinstance(mapping, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()):
        return [FieldError("dfe_grades", "invalid",
                           'Map grades to DfE names, e.g. {"pass": "No grade awarded"}.')]
    errors = []
    for grade, name in mapping.items():
        if grade not in Grade.values:
            errors.append(FieldError("dfe_grades", "unknown_grade",
                                     f"{grade!r} is not a grade: {', '.join(Grade.values)}."))
        elif (name != DfeGrade.FAIL) if grade == Grade.FAIL else \
                (name not in DFE_CERTIFICATE_GRADES):
            allowed = DfeGrade.FAIL if grade == Grade.FAIL else ", ".join(DFE_CERTIFICATE_GRADES)
            errors.append(FieldError("dfe_grades", "invalid_dfe_grade",
                                     f"{grade} is named {allowed} on a DfE certificate, "
                                     f"not {name!r}."))
    return errors


def _plan_instance(data: dict, plan: AssessmentPlan | None) -> AssessmentPlan:
    return AssessmentPlan(
        pk=plan.pk if plan else None, standard_version=data["standard_version"],
        owner=data.get("owner"), version=data.get("version") or 0,
        **{f: data[f] for f in PLAN_FIELDS if f in data})


def _model_errors(instance: models.Model, prefix: str, exclude: Iterable[str] = ()
                  ) -> list[FieldError]:
    """The model's field validators as field errors at ``prefix``."""
    try:
        instance.full_clean(exclude=list(exclude), validate_unique=False,
                            validate_constraints=False)
    except ValidationError as exc:
        return [
            FieldError(prefix + field if field != "__all__" else prefix.rstrip(".") or "plan",
                       error.code or "invalid", " ".join(error.messages))
            for field, field_errors in exc.error_dict.items() for error in field_errors
        ]
    return []


def _version_clash(data: dict, plan: AssessmentPlan | None) -> list[FieldError]:
    number = data.get("version")
    if number is None:
        return []
    clash = AssessmentPlan.objects.filter(
        standard_version=data["standard_version"], owner=data.get("owner"), version=number)
    if plan is not None:
        clash = clash.exclude(pk=plan.pk)
    if clash.exists():
        return [FieldError("version", "duplicate_plan_version",
                           f"Version {number} of this plan exists; publish the next version.")]
    return []


def _method_errors(method: dict, path: str, version: StandardVersion, ksb_ids: dict[str, int],
                   codes: Counter) -> list[FieldError]:
    instance = AssessmentMethod(**{f: method.get(f) for f in METHOD_FIELDS if f in method})
    if instance.order is None:
        instance.order = 0
    errors = _model_errors(instance, path, exclude={"plan", "option"})
    if codes[method.get("code")] > 1:
        errors.append(FieldError(f"{path}code", "duplicate_method_code",
                                 f"Method code {method.get('code')!r} is repeated."))
    option: Option | None = method.get("option")
    if option is not None and option.version_id != version.pk:
        errors.append(FieldError(f"{path}option", "option_not_in_version",
                                 f"{option.title!r} is not an option of {version}."))
    scale = method.get("grade_scale")
    criteria = method.get("criteria") or []
    criterion_codes = Counter(c.get("code") for c in criteria)
    for j, criterion in enumerate(criteria):
        errors += _criterion_errors(criterion, f"{path}criteria.{j}.", scale, version, ksb_ids,
                                    criterion_codes)
    bands = {c.get("band") for c in criteria}
    if Band.PASS not in bands:
        errors.append(FieldError(f"{path}criteria", "pass_criteria_missing",
                                 f"Method {method.get('code')} has no pass criterion."))
    for grade in SCALE_GRADES.get(scale, ())[2:]:
        if grade not in bands:
            errors.append(FieldError(
                f"{path}criteria", f"{grade}_criteria_missing",
                f"Method {method.get('code')} is graded up to {SCALE_GRADES[scale][-1]} but "
                f"has no {grade} criterion."))
    return errors


def _criterion_errors(criterion: dict, path: str, scale: str | None, version: StandardVersion,
                      ksb_ids: dict[str, int], codes: Counter) -> list[FieldError]:
    instance = GradingCriterion(**{f: criterion.get(f) for f in ("code", "band", "descriptor")})
    errors = _model_errors(instance, path, exclude={"method"})
    if codes[criterion.get("code")] > 1:
        errors.append(FieldError(f"{path}code", "duplicate_criterion_code",
                                 f"Criterion code {criterion.get('code')!r} is repeated in "
                                 "its method."))
    band = criterion.get("band")
    if band in Band.values and scale in SCALE_GRADES and band not in SCALE_GRADES[scale]:
        errors.append(FieldError(f"{path}band", "band_not_in_scale",
                                 f"A {band} criterion in a method graded "
                                 f"{'/'.join(SCALE_GRADES[scale])}."))
    unknown = [code for code in criterion.get("ksbs") or [] if code not in ksb_ids]
    if unknown:
        errors.append(FieldError(f"{path}ksbs", "unknown_ksb",
                                 f"{', '.join(unknown)}: not a KSB of {version}."))
    return errors


def _applies(method: dict, option: Option | None) -> bool:
    return method.get("option") is None or method["option"] == option


def _scope_options(options: list[Option]) -> list[Option | None]:
    """The options a plan is judged for: each option, or ``None`` for a version without."""
    return list(options) or [None]


def _coverage_errors(methods: list[dict], version: StandardVersion, options: list[Option]
                     ) -> list[FieldError]:
    """Every KSB of every option is assessed by a criterion of a method for that option."""
    errors = []
    for option in _scope_options(options):
        if option is None:
            required = list(version.ksbs.values_list("code", flat=True))
        else:
            required = list(ksbs_for_option(version=version, option=option)
                            .values_list("code", flat=True))
        assessed = {code for m in methods if _applies(m, option)
                    for c in m.get("criteria") or [] for code in c.get("ksbs") or []}
        missing = [code for code in required if code not in assessed]
        if missing:
            scope = f"option {option.title!r}" if option else str(version)
            errors.append(FieldError(
                "methods", "ksb_not_assessed",
                f"{', '.join(missing)} of {scope} not assessed by any criterion of a method "
                "for it."))
    return errors


def _matrix_errors(matrix: list[dict], methods: list[dict], options: list[Option]
                   ) -> list[FieldError]:
    """Each row names the methods of some option with grades of their scales; each option's
    every combination of grades has exactly one row."""
    scales = {m["code"]: m["grade_scale"] for m in methods}
    method_sets = {}  # option -> its method codes in plan order
    for option in _scope_options(options):
        method_sets[option] = [m["code"] for m in methods if _applies(m, option)]
    known_sets = {frozenset(codes) for codes in method_sets.values()}
    errors: list[FieldError] = []
    rows: Counter = Counter()
    for i, row in enumerate(matrix):
        path = f"matrix.{i}."
        grades, overall = row.get("method_grades"), row.get("overall_grade")
        if overall not in Grade.values:
            errors.append(FieldError(f"{path}overall_grade", "invalid_choice",
                                     f"{overall!r} is not a grade: {', '.join(Grade.values)}."))
        if not isinstance(grades, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in grades.items()):
            errors.append(FieldError(f"{path}method_grades", "invalid",
                                     "Give a grade per method code, e.g. {\"M1\": \"pass\"}."))
            continue
        unknown = [code for code in grades if code not in scales]
        if unknown:
            errors.append(FieldError(f"{path}method_grades", "unknown_method",
                                     f"{', '.join(unknown)}: no such method in the plan."))
            continue
        outside = [f"{code} {grade}" for code, grade in grades.items()
                   if grade not in SCALE_GRADES[scales[code]]]
        if outside:
            errors.append(FieldError(f"{path}method_grades", "grade_not_in_scale",
                                     f"{', '.join(outside)}: not a grade of the method's scale."))
            continue
        if frozenset(grades) not in known_sets:
            expected = " or ".join(sorted("{" + ", ".join(codes) + "}"
                                          for codes in method_sets.values()))
            errors.append(FieldError(f"{path}method_grades", "methods_mismatch",
                                     f"A row grades the methods of an option: {expected}."))
            continue
        if Grade.FAIL in grades.values() and overall != Grade.FAIL:
            errors.append(FieldError(f"{path}overall_grade", "failed_method_not_overall_fail",
                                     "A failed method fails the EPA: the overall grade is fail."))
        key = frozenset(grades.items())
        rows[key] += 1
        if rows[key] > 1:
            errors.append(FieldError(f"{path}method_grades", "matrix_duplicate_row",
                                     f"{_combination(grades)} has another row."))
    missing = []
    for codes in dict.fromkeys(tuple(c) for c in method_sets.values()):
        for combination in itertools.product(*(SCALE_GRADES[scales[c]] for c in codes)):
            if frozenset(zip(codes, combination, strict=True)) not in rows:
                missing.append(_combination(dict(zip(codes, combination, strict=True))))
    if missing:
        shown = "; ".join(missing[:MISSING_SHOWN])
        more = f" and {len(missing) - MISSING_SHOWN} more" if len(missing) > MISSING_SHOWN else ""
        errors.append(FieldError("matrix", "matrix_incomplete",
                                 f"No row for {shown}{more}."))
    return errors


def _combination(grades: dict[str, str]) -> str:
    return ", ".join(f"{code} {grade}" for code, grade in grades.items())


# -- writes -----------------------------------------------------------------------------------

AREA = "plan"


def plan_admin_epao_ids(actor: Actor) -> set[int]:
    """The EPAOs whose plans ``actor`` writes: those it is an admin of (a key acts as admin)."""
    return actor.organisation_ids(kind=OrganisationKind.EPAO, roles={Role.ADMIN})


ONLY_EPAO_ADMINS = ("Only an admin of an end-point assessment organisation writes assessment "
                    "plans.")


def plan_owner(*, actor: Actor, requested: Organisation | None) -> Organisation | None:
    """The EPAO a new plan belongs to: the one named, or the only one the caller admins."""
    if requested is not None or actor.is_system:
        return requested
    admin_of = plan_admin_epao_ids(actor)
    require(bool(admin_of), ONLY_EPAO_ADMINS)
    if len(admin_of) > 1:
        raise RuleViolation([FieldError(
            "owner", "required", "You are an admin of several EPAOs: say which owns the plan.")])
    return Organisation.objects.get(pk=next(iter(admin_of)))


def _audit(actor: Actor, plan: AssessmentPlan, action: str, before: dict | None,
           after: dict) -> None:
    audit_record(actor=actor, entry=Entry(
        stream=stream("assessment-plan", plan.pk), area=AREA, action=action,
        subject=f"{plan.standard_version} v{plan.version}", before=before, after=after,
        organisation_id=plan.owner_id))


def plan_in_use(plan: AssessmentPlan) -> bool:
    """Has an assessment started under the plan? Then changing how it grades would change
    results given or being given."""
    return plan.assessments.exists()


@transaction.atomic
def plan_create(*, actor: Actor, data: dict) -> AssessmentPlan:
    """Validate and store a new plan; without ``data["version"]``, the next version for its
    standard version and owner. Only an admin of the owning EPAO (or the project itself, for
    shared plans) creates one."""
    data = {**data, "owner": plan_owner(actor=actor, requested=data.get("owner"))}
    _require_plan_owner_writer(actor, data["owner"])
    if data.get("version") is None:
        # One creator at a time per standard version, so two never take the same number.
        list(StandardVersion.objects.select_for_update()
             .filter(pk=data["standard_version"].pk).values_list("pk", flat=True))
        data["version"] = next_plan_version(standard_version=data["standard_version"],
                                            owner=data.get("owner"))
    errors = plan_errors(data=data)
    if errors:
        raise RuleViolation(errors)
    plan = _plan_instance(data, None)
    plan.save()
    _save_children(plan, data)
    _audit(actor, plan, "created", None, plan_snapshot(data))
    return plan


def _require_plan_owner_writer(actor: Actor, owner: Organisation | None) -> None:
    if actor.is_system:
        return
    require(bool(plan_admin_epao_ids(actor)), ONLY_EPAO_ADMINS)
    if owner is None or owner.pk not in plan_admin_epao_ids(actor):
        raise RuleViolation([FieldError(
            "owner", "owner_not_yours",
            "You can only write plans for an EPAO you are an admin of.")])


@transaction.atomic
def plan_update(*, actor: Actor, plan: AssessmentPlan, data: dict) -> AssessmentPlan:
    """Replace a plan's fields, methods, criteria and matrix with ``data`` (validated whole).

    A plan in use may only have its title and note changed. Only an admin of the plan's EPAO
    (or the project itself) changes it.
    """
    plan = AssessmentPlan.objects.select_for_update().get(pk=plan.pk)
    if not actor.is_system:
        require(plan.owner_id is not None and plan.owner_id in plan_admin_epao_ids(actor),
                "Only an admin of the plan's EPAO changes it.")
    data = {**data, "version": data.get("version") or plan.version}
    errors = []
    for name in ("standard_version", "owner"):
        if data.get(name) != getattr(plan, name):
            errors.append(FieldError(name, "cannot_change",
                                     f"A plan's {name.replace('_', ' ')} is fixed; create "
                                     "another plan instead."))
    if errors:
        raise RuleViolation(errors)
    stored = plan_as_data(plan)
    before = plan_snapshot(stored)
    if plan_in_use(plan) and _grading_snapshot({**stored, **data}) != _grading_snapshot(stored):
        raise RuleViolation([FieldError(
            "plan", "plan_in_use",
            "Assessments have been graded by this plan, so it cannot change how it grades: "
            "publish a new plan version instead.")])
    errors = plan_errors(data=data, plan=plan)
    if errors:
        raise RuleViolation(errors)
    for name in PLAN_FIELDS:
        if name in data:
            setattr(plan, name, data[name])
    plan.version = data["version"]
    plan.save()
    plan.methods.all().delete()
    plan.matrix_rows.all().delete()
    _save_children(plan, data)
    _audit(actor, plan, "updated", before, plan_snapshot(data))
    return plan


def plan_publish_new_version(*, actor: Actor, plan: AssessmentPlan, data: dict
                             ) -> AssessmentPlan:
    """A new version of ``plan`` (same standard version and owner) from ``data``: how a plan in
    use changes. The old version stays for the assessments graded by it."""
    return plan_create(actor=actor, data={**data, "standard_version": plan.standard_version,
                             "owner": plan.owner, "version": None})


def next_plan_version(*, standard_version: StandardVersion, owner: Organisation | None) -> int:
    latest = AssessmentPlan.objects.filter(standard_version=standard_version, owner=owner) \
        .aggregate(latest=Max("version"))["latest"]
    return (latest or 0) + 1


def _save_children(plan: AssessmentPlan, data: dict) -> None:
    ksb_ids = dict(plan.standard_version.ksbs.values_list("code", "id"))
    through = []
    for position, item in enumerate(data["methods"]):
        method = AssessmentMethod.objects.create(
            plan=plan, **{f: item[f] for f in METHOD_FIELDS if f in item and f != "order"},
            order=item["order"] if item.get("order") is not None else position)
        for criterion_data in item["criteria"]:
            criterion = GradingCriterion.objects.create(
                method=method,
                **{f: criterion_data[f] for f in ("code", "band", "descriptor")})
            through += [GradingCriterion.ksbs.through(gradingcriterion_id=criterion.pk,
                                                      ksb_id=ksb_ids[code])
                        for code in dict.fromkeys(criterion_data.get("ksbs") or [])]
    GradingCriterion.ksbs.through.objects.bulk_create(through)
    GradingMatrixRow.objects.bulk_create(
        GradingMatrixRow(plan=plan, method_grades=row["method_grades"],
                         overall_grade=row["overall_grade"])
        for row in data["matrix"])


# -- comparing --------------------------------------------------------------------------------

def plan_as_data(plan: AssessmentPlan) -> dict:
    """A stored plan in the shape ``plan_create`` takes (to compare, validate or copy it)."""
    return {
        "standard_version": plan.standard_version, "owner": plan.owner, "version": plan.version,
        **{f: getattr(plan, f) for f in PLAN_FIELDS},
        "methods": [
            {**{f: getattr(m, f) for f in METHOD_FIELDS},
             "criteria": [{"code": c.code, "band": c.band, "descriptor": c.descriptor,
                           "ksbs": [k.code for k in c.ksbs.all()]}
                          for c in m.criteria.all()]}
            for m in plan.methods.all()
        ],
        "matrix": [{"method_grades": r.method_grades, "overall_grade": r.overall_grade}
                   for r in plan.matrix_rows.all()],
    }


def plan_snapshot(data: dict) -> dict[str, Any]:
    """A plain, comparable picture of plan data: unchanged data gives an equal snapshot
    whatever the order of KSB codes or matrix rows."""
    methods = sorted(
        ({**m, "order": m.get("order") if m.get("order") is not None else position}
         for position, m in enumerate(data.get("methods") or [])),
        key=lambda m: m.get("code") or "")
    return {
        "standard_version": data["standard_version"].pk,
        "owner": data["owner"].pk if data.get("owner") else None,
        "version": data.get("version"),
        **{f: data.get(f) for f in PLAN_FIELDS if f in data},
        "methods": [
            {**{f: m.get(f) for f in METHOD_FIELDS if f not in ("option", "order")},
             "order": m["order"],
             "option": m["option"].pk if m.get("option") else None,
             "criteria": sorted(
                 (c["code"], c["band"], c["descriptor"], tuple(sorted(set(c.get("ksbs") or []))))
                 for c in m.get("criteria") or [])}
            for m in methods
        ],
        "matrix": sorted((tuple(sorted(r["method_grades"].items())), r["overall_grade"])
                         for r in data.get("matrix") or []),
    }


def _grading_snapshot(data: dict) -> dict[str, Any]:
    snapshot = plan_snapshot(data)
    return {k: v for k, v in snapshot.items() if k not in DESCRIPTIVE_FIELDS}


@transaction.atomic
def plan_load(*, data: dict, actor: Actor = SYSTEM) -> tuple[AssessmentPlan, UpsertOutcome]:
    """Create the plan ``data`` describes (by standard version, owner and version number), or
    bring the stored one in line with it. Idempotent: the same data twice changes nothing.
    (The loader of shipped plans: the project itself acts.)"""
    plan = AssessmentPlan.objects.filter(
        standard_version=data["standard_version"], owner=data.get("owner"),
        version=data["version"]).first()
    if plan is None:
        return plan_create(actor=actor, data=data), UpsertOutcome.CREATED
    if plan_snapshot(plan_as_data(plan)) == plan_snapshot({**plan_as_data(plan), **data}):
        return plan, UpsertOutcome.UNCHANGED
    return plan_update(actor=actor, plan=plan, data=data), UpsertOutcome.UPDATED
