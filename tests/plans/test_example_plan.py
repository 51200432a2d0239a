"""The shipped EXAMPLE plan for ST0792 1.0: it loads through the service, is valid, assesses
every KSB of both options, and loading it again changes nothing."""

import io

import pytest
from django.core.management import call_command

from epa.core.actor import SYSTEM
from epa.core.errors import RuleViolation
from epa.plans.grading import method_grade, overall_grade
from epa.plans.models import AssessmentPlan, GradingCriterion
from epa.plans.selectors import (
    applicable_methods,
    criteria_for,
    plan_for,
    portfolio_ksb_codes,
)
from epa.plans.services import (
    plan_as_data,
    plan_create,
    plan_errors,
    plan_in_use,
    plan_publish_new_version,
)
from epa.standards.models import Option, StandardVersion
from epa.standards.selectors import ksbs_for_option

pytestmark = pytest.mark.django_db


def load() -> str:
    out = io.StringIO()
    call_command("load_assessment_plans", stdout=out)
    return out.getvalue()


def test_example_loads_labelled_and_valid(example):
    assert example.is_example and example.owner is None
    assert example.title.startswith("EXAMPLE")
    assert "official assessment plan text is not in our references" in example.note
    assert (example.epa_period_days, example.resit_window_days, example.retake_window_days,
            example.cap_resit_grade_at_pass, example.max_attempts,
            example.appeal_window_days) == (90, 90, 180, True, 3, 31)
    assert [(m.code, m.grade_scale, m.option, m.underpinned_by_portfolio)
            for m in example.methods.all()] == [
        ("M1", "fail_pass_distinction", None, False),
        ("M2", "fail_pass_distinction", None, True)]
    for m in example.methods.all():
        bands = [c.band for c in m.criteria.all()]
        assert bands.count("pass") >= 4 and "distinction" in bands
    assert plan_errors(data=plan_as_data(example), plan=example) == []


@pytest.mark.parametrize(("title", "count"), [("Production coordinator", 47),
                                              ("Post production coordinator", 46)])
def test_example_assesses_every_ksb_of_each_option(example, title, count):
    option = Option.objects.get(title=title)
    wanted = set(ksbs_for_option(version=example.standard_version, option=option)
                 .values_list("code", flat=True))
    assessed = {k.code for m in applicable_methods(example, option)
                for c in criteria_for(m, option) for k in c.ksbs.all()}
    assert len(wanted) == count
    assert wanted == assessed
    all_codes = set(example.standard_version.ksbs.values_list("code", flat=True))
    assert len(all_codes) == 56
    assert {k.code for c in GradingCriterion.objects.all() for k in c.ksbs.all()} == all_codes


def test_reloading_is_a_no_op(example):
    before = (example.updated_at, list(GradingCriterion.objects.values_list("pk", flat=True)))
    assert load() == "ST0792 v1.0 plan v1: unchanged\n"
    example.refresh_from_db()
    after = (example.updated_at, list(GradingCriterion.objects.values_list("pk", flat=True)))
    assert before == after
    assert AssessmentPlan.objects.count() == 1


def test_a_changed_stored_plan_is_brought_back(example):
    example.resit_window_days = 10
    example.save()
    example.methods.get(code="M2").criteria.first().ksbs.clear()
    assert load() == "ST0792 v1.0 plan v1: updated\n"
    example.refresh_from_db()
    assert example.resit_window_days == 90
    assert plan_errors(data=plan_as_data(example), plan=example) == []


def test_portfolio_ksbs_are_those_of_the_underpinned_method(example):
    option = Option.objects.get(title="Production coordinator")
    codes = portfolio_ksb_codes(example, option)
    assert codes == {"K10", "K11", "K12", "K13", "K14", "K15", "K16", "S7", "S9", "S10",
                     "S11", "S12", "S13", "S14", "S15", "S16", "S17", "B1", "B2", "B3", "B4"}


def test_option_specific_criteria_apply_to_their_option_only(example):
    m1 = example.methods.get(code="M1")
    pc = Option.objects.get(title="Production coordinator")
    ppc = Option.objects.get(title="Post production coordinator")
    assert "PR5" in {c.code for c in criteria_for(m1, pc)}
    assert {"PR5", "PR6"} & {c.code for c in criteria_for(m1, ppc)} == {"PR6"}


def test_plan_for_prefers_the_epaos_own_latest_plan(world, example, body):
    version = StandardVersion.objects.get(standard__reference="ST0792")
    epao1 = world.orgs["epao1"]
    assert plan_for(version, epao1) == example  # the shared plan when the EPAO has none
    assert plan_for(version, None) == example
    client = world.client("epao1-admin")
    client.post("/api/v1/assessment-plans/", body, format="json")
    second = client.post("/api/v1/assessment-plans/", body, format="json").json()
    assert plan_for(version, epao1).pk == second["id"]
    assert plan_for(version, world.orgs["epao2"]) == example


def test_grading_an_apprentice_with_the_example(example):
    """The pure functions with the example's criteria and matrix."""
    option = Option.objects.get(title="Post production coordinator")
    grades = {}
    for m in applicable_methods(example, option):
        results = [(c.code, c.band, c.code != "PRD2") for c in criteria_for(m, option)]
        grades[m.code] = method_grade(m.grade_scale, results).grade
    assert grades == {"M1": "pass", "M2": "distinction"}
    assert overall_grade(example.matrix_rows.all(), grades) == "pass"


def test_plan_in_use_hook_without_assessments(example):
    assert plan_in_use(example) is False


def test_plan_errors_apply_the_owner_rules(world, example):
    """The owner of a plan is an EPAO approved for its standard version: a rule of the plan's
    validation (services), which the models do not call."""
    data = {**plan_as_data(example), "version": None}

    def owner_errors(owner) -> list[tuple[str, str]]:
        return [(e.field, e.code) for e in plan_errors(data={**data, "owner": owner})
                if e.field == "owner"]

    assert owner_errors(world.orgs["epao2"]) == []
    world.orgs["epao2"].approvals.all().delete()
    assert owner_errors(world.orgs["epao2"]) == [("owner", "epao_not_approved")]
    assert owner_errors(world.orgs["provider1"]) == [("owner", "not_an_epao")]
    # The model's own validation is its fields' validators only.
    AssessmentPlan(standard_version=example.standard_version, owner=world.orgs["provider1"],
                   version=1, title="Plan", epa_period_days=90, resit_window_days=90,
                   retake_window_days=180).full_clean(validate_constraints=False)


def test_publishing_a_new_version_keeps_the_old_one(example):
    data = {**plan_as_data(example), "resit_window_days": 60}
    second = plan_publish_new_version(actor=SYSTEM, plan=example, data=data)
    assert (second.version, second.resit_window_days) == (2, 60)
    assert plan_for(example.standard_version, None) == second
    example.refresh_from_db()
    assert example.resit_window_days == 90
    with pytest.raises(RuleViolation) as caught:
        plan_create(actor=SYSTEM, data={**data, "version": 2})
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("version", "duplicate_plan_version")]
