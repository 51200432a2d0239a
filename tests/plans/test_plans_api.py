"""Assessment plans through the API: a valid plan, each refusal naming its field path and code,
who reads and who writes."""

import pytest
from django.core.management import call_command

from epa.plans import services
from epa.plans.models import AssessmentPlan, GradingCriterion
from epa.standards.catalogue import OptionData, StandardData, StandardVersionData
from epa.standards.models import Option
from epa.standards.services import standard_version_upsert

pytestmark = pytest.mark.django_db
URL = "/api/v1/assessment-plans/"


def pairs(response) -> set[tuple[str, str]]:
    return {(e["attr"], e["code"]) for e in response.json()["errors"]}


def create(world, body, who="epao1-admin"):
    return world.client(who).post(URL, body, format="json")


def method(body, code) -> dict:
    return next(m for m in body["methods"] if m["code"] == code)


def test_epao_admin_creates_a_plan(world, body):
    response = create(world, body)
    assert response.status_code == 201, response.json()
    plan = response.json()
    assert plan["owner"] == world.orgs["epao1"].pk
    assert plan["version"] == 1
    assert plan["is_example"] is False
    assert plan["standard_version"] == "ST0792/1.0"
    assert (plan["epa_period_days"], plan["resit_window_days"], plan["retake_window_days"],
            plan["cap_resit_grade_at_pass"], plan["max_attempts"],
            plan["appeal_window_days"]) == (90, 90, 180, True, 3, 31)
    m2 = plan["methods"][1]
    assert (m2["code"], m2["underpinned_by_portfolio"], m2["option"]) == ("M2", True, None)
    assert m2["criteria"][0] == {**method(body, "M2")["criteria"][0]}
    assert len(plan["matrix"]) == 9
    assert GradingCriterion.objects.filter(method__plan_id=plan["id"]).count() == 14
    # the same plan again is the next version
    again = create(world, body)
    assert again.status_code == 201, again.json()
    assert again.json()["version"] == 2


def test_an_epao_api_key_with_write_scope_creates(world, body):
    response = world.key_client("epao1").post(URL, body, format="json")
    assert response.status_code == 201, response.json()
    read_only = world.key_client("epao1", scopes=("read",)).post(URL, body, format="json")
    assert read_only.status_code == 403
    assert read_only.json()["errors"][0]["code"] == "insufficient_scope"


def _drop_ksb(body, code):
    for m in body["methods"]:
        for c in m["criteria"]:
            c["ksbs"] = [k for k in c["ksbs"] if k != code]


def _option_specific(body):
    """M3 for Production coordinator only: the matrix then differs by option."""
    option = Option.objects.get(title="Production coordinator")
    body["methods"].append({
        "code": "M3", "name": "Observation", "grade_scale": "fail_pass",
        "option": option.pk, "underpinned_by_portfolio": False,
        "criteria": [{"code": "OB1", "band": "pass", "descriptor": "Shows it.",
                      "ksbs": ["K17"]}]})


REFUSALS = {
    "ksb not assessed": (lambda b: _drop_ksb(b, "K13"), "methods", "ksb_not_assessed"),
    "option ksb not assessed": (lambda b: _drop_ksb(b, "K24"), "methods", "ksb_not_assessed"),
    "unknown ksb": (lambda b: method(b, "M2")["criteria"][0]["ksbs"].append("K99"),
                    "methods.1.criteria.0.ksbs", "unknown_ksb"),
    "matrix missing a row": (lambda b: b["matrix"].pop(4), "matrix", "matrix_incomplete"),
    "matrix duplicate row": (lambda b: b["matrix"].append(dict(b["matrix"][4])),
                             "matrix.9.method_grades", "matrix_duplicate_row"),
    "grade outside the scale": (
        lambda b: (method(b, "M2").update(grade_scale="fail_pass"),
                   method(b, "M2").update(criteria=[
                       c for c in method(b, "M2")["criteria"] if c["band"] == "pass"]),
                   method(b, "M1")["criteria"].append({"code": "X", "band": "pass",
                                                       "descriptor": "x", "ksbs": ["K12"]})),
        "matrix.2.method_grades", "grade_not_in_scale"),
    "unknown method": (lambda b: b["matrix"][3]["method_grades"].update(M9="pass"),
                       "matrix.3.method_grades", "unknown_method"),
    "row missing a method": (lambda b: b["matrix"][3]["method_grades"].pop("M2"),
                             "matrix.3.method_grades", "methods_mismatch"),
    "failed method passes overall": (lambda b: b["matrix"][0].update(overall_grade="pass"),
                                     "matrix.0.overall_grade",
                                     "failed_method_not_overall_fail"),
    "distinction criterion in a fail/pass method": (
        lambda b: method(b, "M1").update(grade_scale="fail_pass"),
        "methods.0.criteria.6.band", "band_not_in_scale"),
    "no distinction criterion": (
        lambda b: method(b, "M1").update(criteria=method(b, "M1")["criteria"][:6]),
        "methods.0.criteria", "distinction_criteria_missing"),
    "no pass criterion": (
        lambda b: method(b, "M2").update(criteria=method(b, "M2")["criteria"][5:]),
        "methods.1.criteria", "pass_criteria_missing"),
    "duplicate method code": (lambda b: method(b, "M2").update(code="M1"),
                              "methods.1.code", "duplicate_method_code"),
    "duplicate criterion code": (lambda b: method(b, "M1")["criteria"][1].update(code="PR1"),
                                 "methods.0.criteria.1.code", "duplicate_criterion_code"),
    "no methods": (lambda b: b.update(methods=[]), "methods", "methods_required"),
    "epa period out of range": (lambda b: b.update(epa_period_days=0), "epa_period_days",
                                "min_value"),
}


@pytest.mark.parametrize("case", REFUSALS)
def test_invalid_plans_are_400_naming_the_field(world, body, case):
    change, attr, code = REFUSALS[case]
    change(body)
    response = create(world, body)
    assert response.status_code == 400, response.json()
    assert (attr, code) in pairs(response), response.json()
    assert AssessmentPlan.objects.count() == 0


def test_an_unknown_ksb_is_the_only_error_when_the_rest_is_covered(world, body):
    method(body, "M2")["criteria"][0]["ksbs"].append("K99")
    assert pairs(create(world, body)) == {("methods.1.criteria.0.ksbs", "unknown_ksb")}


def test_not_assessed_names_the_ksbs_and_the_option(world, body):
    _drop_ksb(body, "K24")
    _drop_ksb(body, "S23")
    errors = create(world, body).json()["errors"]
    assert [e["detail"] for e in errors] == [
        "K24, S23 of option 'Post production coordinator' not assessed by any criterion of a "
        "method for it."]


def test_incomplete_matrix_names_the_combination(world, body):
    body["matrix"].pop(4)  # M1 pass, M2 pass
    errors = create(world, body).json()["errors"]
    assert errors[0]["detail"] == "No row for M1 pass, M2 pass."


def test_option_specific_method_needs_its_own_matrix_rows(world, body):
    _option_specific(body)
    response = create(world, body)
    assert ("matrix", "matrix_incomplete") in pairs(response)
    # Production coordinator takes M1, M2 and M3: 18 combinations; the other option keeps 9
    body["matrix"] += [
        {"method_grades": {**row["method_grades"], "M3": grade},
         "overall_grade": "fail" if grade == "fail" else row["overall_grade"]}
        for row in body["matrix"] for grade in ("fail", "pass")]
    response = create(world, body)
    assert response.status_code == 201, response.json()
    m3 = response.json()["methods"][2]
    assert m3["option_title"] == "Production coordinator"


def test_method_option_of_another_version_is_refused(world, body):
    standard_version_upsert(data=StandardVersionData(
        standard=StandardData(reference="ST0792", title="Junior production coordinator",
                              level=4, route="Creative and design", lars_code=598),
        version="1.1", core_and_options=True, options=(OptionData("Other option"),)))
    method(body, "M1")["option"] = Option.objects.get(title="Other option").pk
    response = create(world, body)
    assert ("methods.0.option", "option_not_in_version") in pairs(response)


def test_unapproved_epao_is_refused(world, body):
    world.orgs["epao2"].approvals.all().delete()
    response = create(world, body, who="epao2-admin")
    assert response.status_code == 400
    assert pairs(response) == {("owner", "epao_not_approved")}


def test_owner_must_be_an_epao_the_caller_administers(world, body):
    body["owner"] = world.orgs["epao2"].pk
    response = create(world, body)
    assert pairs(response) == {("owner", "owner_not_yours")}


@pytest.mark.parametrize("who", ["epao1-assessor", "epao1-quality_assurer", "provider1-admin",
                                 "employer1-admin"])
def test_only_epao_admins_write(world, body, who):
    response = create(world, body, who=who)
    assert response.status_code == 403
    assert response.json()["errors"][0]["code"] == "role_required"
    plan = create(world, body).json()
    response = world.client(who).put(f"{URL}{plan['id']}/", body, format="json")
    assert response.status_code == 403
    assert response.json()["errors"][0]["code"] == "role_required"


def test_anonymous_reads_but_does_not_write(world, api_client, body):
    plan = create(world, body).json()
    listed = api_client.get(URL)
    assert listed.status_code == 200
    assert [p["id"] for p in listed.json()["results"]] == [plan["id"]]
    detail = api_client.get(f"{URL}{plan['id']}/")
    assert detail.status_code == 200
    assert detail.json() == plan
    assert api_client.post(URL, body, format="json").status_code in (401, 403)
    assert api_client.put(f"{URL}{plan['id']}/", body, format="json").status_code in (401, 403)


def test_admin_replaces_a_plan_wholesale(world, body):
    plan = create(world, body).json()
    body["title"] = "Renamed"
    body["methods"][1]["criteria"].append(
        {"code": "PD6", "band": "pass", "descriptor": "More.", "ksbs": ["B1"]})
    body["matrix"].reverse()
    response = world.client("epao1-admin").put(f"{URL}{plan['id']}/", body, format="json")
    assert response.status_code == 200, response.json()
    assert response.json()["title"] == "Renamed"
    assert response.json()["version"] == 1
    assert [c["code"] for c in response.json()["methods"][1]["criteria"]][-1] == "PD6"
    assert GradingCriterion.objects.count() == 15
    # refused replacements change nothing
    body["matrix"].pop()
    refused = world.client("epao1-admin").put(f"{URL}{plan['id']}/", body, format="json")
    assert ("matrix", "matrix_incomplete") in pairs(refused)
    assert GradingCriterion.objects.count() == 15


def test_standard_version_cannot_change(world, body):
    plan = create(world, body).json()
    standard_version_upsert(data=StandardVersionData(
        standard=StandardData(reference="ST0792", title="Junior production coordinator",
                              level=4, route="Creative and design", lars_code=598),
        version="1.1"))
    body["standard_version"] = "ST0792/1.1"
    response = world.client("epao1-admin").put(f"{URL}{plan['id']}/", body, format="json")
    assert pairs(response) == {("standard_version", "cannot_change")}


def test_another_epaos_plan_is_refused_on_write(world, body):
    """Plans are public: another EPAO sees the plan, so refusing its write is a 403 with the
    policy's one code, not a 404."""
    plan = create(world, body).json()
    for client in (world.client("epao2-admin"), world.key_client("epao2")):
        response = client.put(f"{URL}{plan['id']}/", body, format="json")
        assert (response.status_code, response.json()["errors"][0]["code"]) == (
            403, "role_required")
    # ...but anyone reads it
    assert world.client("epao2-admin").get(f"{URL}{plan['id']}/").status_code == 200


def test_shared_plans_are_not_written_through_the_api(world, body):
    call_command("load_assessment_plans", stdout=None)
    shared = AssessmentPlan.objects.get(owner__isnull=True)
    response = world.client("epao1-admin").put(f"{URL}{shared.pk}/", body, format="json")
    assert (response.status_code, response.json()["errors"][0]["code"]) == (
        403, "role_required")


def test_plan_in_use_changes_only_title_and_note(world, body, monkeypatch):
    """With the plan's use stubbed; tests/assessments/test_epa_api.py uses a real attempt."""
    plan = create(world, body).json()
    monkeypatch.setattr(services, "plan_in_use", lambda plan: True)
    url = f"{URL}{plan['id']}/"
    body["title"], body["note"] = "New title", "New note"
    assert world.client("epao1-admin").put(url, body, format="json").status_code == 200
    body["resit_window_days"] = 60
    response = world.client("epao1-admin").put(url, body, format="json")
    assert response.status_code == 400
    assert pairs(response) == {("plan", "plan_in_use")}
    assert "publish a new plan version" in response.json()["errors"][0]["detail"]


def test_filters(world, body):
    call_command("load_assessment_plans", stdout=None)
    own = create(world, body).json()
    client = world.client("epao2-admin")

    def ids(query):
        response = client.get(URL, query)
        assert response.status_code == 200, response.json()
        return {p["id"] for p in response.json()["results"]}

    example = AssessmentPlan.objects.get(is_example=True).pk
    assert ids({"standard": "ST0792"}) == {own["id"], example}
    assert ids({"standard": "ST0525"}) == set()
    assert ids({"standard_version": "ST0792/1.0"}) == {own["id"], example}
    assert ids({"standard_version": "ST0792/9.9"}) == set()
    assert ids({"standard_version": "nonsense"}) == set()
    assert ids({"owner": world.orgs["epao1"].pk}) == {own["id"]}


def test_list_queries_are_constant(world, body, api_client, django_assert_num_queries):
    create(world, body)
    # plans, methods, criteria, KSBs, matrix rows (no count: the list fits its first page)
    with django_assert_num_queries(5):
        assert api_client.get(URL).status_code == 200
    for who in ("epao1-admin", "epao2-admin"):
        _option_specific(body)
        body["matrix"] = [
            {"method_grades": {**row["method_grades"], "M3": grade},
             "overall_grade": "fail" if grade == "fail" else row["overall_grade"]}
            for row in body["matrix"] for grade in ("fail", "pass")] + body["matrix"]
        assert create(world, body, who=who).status_code == 201
        body["methods"].pop()
        body["matrix"] = body["matrix"][18:]
    with django_assert_num_queries(5):
        response = api_client.get(URL)
    assert len(response.json()["results"]) == 3


@pytest.mark.parametrize(("grades", "code"), [([], "not_a_dict"), ({"M1": 3, "M2": "pass"},
                                                                   "invalid")])
def test_malformed_matrix_rows_are_400_at_the_row(world, body, grades, code):
    body["matrix"][0]["method_grades"] = grades
    response = create(world, body)
    assert ("matrix.0.method_grades", code) in pairs(response), response.json()


def test_booleans_are_json_booleans(world, body):
    body["cap_resit_grade_at_pass"] = "yes"
    body["methods"][0]["underpinned_by_portfolio"] = 1
    assert pairs(create(world, body)) == {("cap_resit_grade_at_pass", "invalid"),
                                          ("methods.0.underpinned_by_portfolio", "invalid")}


def test_json_types_are_not_coerced(world, body):
    body.update(note=5, epa_period_days="90", owner=str(world.orgs["epao1"].pk))
    body["methods"][0]["order"] = 1.0
    assert pairs(create(world, body)) == {("note", "invalid"), ("epa_period_days", "invalid"),
                                          ("owner", "incorrect_type"),
                                          ("methods.0.order", "invalid")}


def test_every_plan_write_is_in_the_plans_audit_stream(world, body):
    from epa.core.models import AuditEvent

    plan = create(world, body).json()
    changed = world.client("epao1-admin").put(f"{URL}{plan['id']}/",
                                              {**body, "title": "Renamed"}, format="json")
    assert changed.status_code == 200, changed.json()
    events = list(AuditEvent.objects.filter(stream=f"assessment-plan:{plan['id']}"))
    assert [(e.action, e.actor_label, e.actor_organisation_id) for e in events] == [
        ("created", "epao1-admin", world.orgs["epao1"].pk),
        ("updated", "epao1-admin", world.orgs["epao1"].pk)]
    assert (events[1].before["title"], events[1].after["title"]) == (body["title"], "Renamed")
