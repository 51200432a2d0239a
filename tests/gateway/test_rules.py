"""Gateway rules on both sides of each boundary date."""

import datetime as dt
from decimal import Decimal

import pytest

from epa.gateway import rules
from epa.gateway.rules import Qualification, Status

D = dt.date
GCSE_MATHS_2 = Qualification("maths", 2, "gcse")
GCSE_ENGLISH_2 = Qualification("english", 2, "gcse")


BORN_2000, START_2024, GATEWAY_2025_03 = D(2000, 1, 1), D(2024, 1, 1), D(2025, 3, 1)


def em(subject="maths", *, dob=BORN_2000, start=START_2024, gateway=GATEWAY_2025_03,
       ehc=False, achievements=(), standard_level=4):
    return rules.english_maths_check(subject, date_of_birth=dob, start_date=start,
                                     gateway_date=gateway, has_ehc_plan=ehc,
                                     achievements=list(achievements),
                                     standard_level=standard_level)


# -- English and maths ---------------------------------------------------------------------

def test_aged_17_at_start_without_maths_is_not_met():
    check = em(dob=D(2007, 6, 1), start=D(2024, 9, 1), gateway=D(2026, 3, 1))
    assert (check.status, check.reason) == (Status.NOT_MET, "maths_missing")
    assert check.rule.code == "english_maths_level_2"


def test_aged_25_starting_2024_with_gateway_in_2025_03_is_exempt():
    check = em(dob=D(1999, 1, 1), start=D(2024, 2, 1), gateway=D(2025, 3, 15))
    assert (check.status, check.reason) == (Status.NOT_REQUIRED, "age_19_plus_exemption")
    assert check.rule.effective_from == D(2025, 2, 11)


@pytest.mark.parametrize(("gateway", "status"), [
    (D(2025, 2, 10), Status.NOT_MET), (D(2025, 2, 11), Status.NOT_REQUIRED)])
def test_exemption_starts_on_11_february_2025(gateway, status):
    assert em(dob=D(1990, 1, 1), start=D(2023, 1, 1), gateway=gateway).status == status


@pytest.mark.parametrize(("dob", "status"), [
    (D(2004, 9, 2), Status.NOT_MET),       # 18 on the start date, 19 the day after
    (D(2004, 9, 1), Status.NOT_REQUIRED),  # 19th birthday on the start date
])
def test_exemption_turns_on_the_19th_birthday_at_start(dob, status):
    assert em(dob=dob, start=D(2023, 9, 1), gateway=D(2025, 6, 1)).status == status


def test_level_2_met_and_level_1_not():
    assert em(achievements=[GCSE_MATHS_2], dob=D(2007, 1, 1)).reason == "level_2_achieved"
    assert em(achievements=[Qualification("maths", 1, "functional_skills")],
              dob=D(2007, 1, 1)).status == Status.NOT_MET


def test_ehc_plan_with_entry_level_3_passes():
    check = em(dob=D(2007, 1, 1), ehc=True,
               achievements=[Qualification("maths", 0, "entry_level_3")])
    assert (check.status, check.reason) == (Status.MET, "entry_level_3_with_ehc_plan")
    assert check.rule.code == "english_maths_entry_level_3"
    assert em(dob=D(2007, 1, 1), ehc=False,
              achievements=[Qualification("maths", 0, "entry_level_3")]).status == Status.NOT_MET


def test_bsl_stands_in_for_english_only():
    bsl = Qualification("english", 2, "bsl")
    assert em("english", dob=D(2007, 1, 1), achievements=[bsl]).reason == "bsl_alternative"
    assert em("maths", dob=D(2007, 1, 1), achievements=[bsl]).status == Status.NOT_MET
    assert em("english", dob=D(2007, 1, 1), achievements=[GCSE_ENGLISH_2]).status == Status.MET


@pytest.mark.parametrize(("achieved_on", "status"), [
    (D(2025, 3, 1), Status.MET),        # on the gateway date
    (D(2025, 3, 2), Status.NOT_MET),    # the day after
    (D(2030, 1, 1), Status.NOT_MET),    # in the future
])
def test_only_achievements_on_or_before_the_gateway_count(achieved_on, status):
    check = em(dob=D(2007, 1, 1), achievements=[Qualification("maths", 2, "gcse", achieved_on)])
    assert check.status == status
    if status == Status.NOT_MET:
        assert check.details["ignored_after_gateway"] == [achieved_on.isoformat()]


@pytest.mark.parametrize(("standard_level", "level", "status", "rule"), [
    (2, 1, Status.MET, "english_maths_level_1"),
    (2, 0, Status.NOT_MET, "english_maths_level_1"),
    (3, 1, Status.NOT_MET, "english_maths_level_2"),
    (4, 1, Status.NOT_MET, "english_maths_level_2"),   # ST0792 keeps level 2
    (4, 2, Status.MET, "english_maths_level_2"),
])
def test_required_level_depends_on_the_standard_level(standard_level, level, status, rule):
    check = em(dob=D(2007, 1, 1), start=D(2024, 1, 1),
               achievements=[Qualification("maths", level, "functional_skills")],
               standard_level=standard_level)
    assert (check.status, check.rule.code) == (status, rule)


@pytest.mark.parametrize(("start", "rule"), [
    (D(2022, 7, 31), "english_maths_level_1_and_level_2_test"),
    (D(2022, 8, 1), "english_maths_level_1"),
])
def test_level_2_standard_rules_either_side_of_1_august_2022(start, rule):
    check = em(dob=D(2006, 1, 1), start=start, gateway=D(2023, 9, 1), standard_level=2,
               achievements=[Qualification("maths", 1, "functional_skills")])
    assert (check.status, check.reason, check.rule.code) == (Status.MET, "level_1_achieved", rule)
    assert ("level 2 test" in check.message) == (rule != "english_maths_level_1")


# -- minimum duration ----------------------------------------------------------------------

@pytest.mark.parametrize(("start", "gateway", "status", "rule"), [
    (D(2025, 8, 1), D(2026, 4, 1), Status.MET, "minimum_duration_8_months"),    # 8 exactly
    (D(2025, 8, 1), D(2026, 3, 31), Status.NOT_MET, "minimum_duration_8_months"),
    (D(2025, 7, 31), D(2026, 3, 31), Status.NOT_MET, "minimum_duration_12_months"),
    (D(2025, 7, 31), D(2026, 8, 7), Status.MET, "minimum_duration_12_months"),  # 372 days
    (D(2025, 7, 31), D(2026, 8, 6), Status.NOT_MET, "minimum_duration_12_months"),  # 371
])
def test_minimum_duration_either_side_of_1_august_2025(start, gateway, status, rule):
    check = rules.minimum_duration_check(start_date=start, gateway_date=gateway)
    assert (check.status, check.rule.code) == (status, rule)


@pytest.mark.parametrize(("start", "hours", "gateway", "status", "days"), [
    # 20 hours a week before 1 August 2025: 12 x 30 / 20 = 18 months; 372 x 30 / 20 = 558 days
    (D(2024, 1, 1), Decimal(20), D(2025, 7, 12), Status.MET, 558),
    (D(2024, 1, 1), Decimal(20), D(2025, 7, 11), Status.NOT_MET, 558),
    (D(2024, 1, 1), Decimal(30), D(2025, 1, 8), Status.MET, 372),     # 30 hours: no extension
    (D(2024, 1, 1), Decimal("29.9"), D(2025, 1, 8), Status.NOT_MET, 374),
    (D(2025, 7, 31), Decimal(20), D(2027, 2, 9), Status.MET, 558),
    (D(2025, 7, 31), Decimal(20), D(2027, 2, 8), Status.NOT_MET, 558),
    # from 1 August 2025: 8 months whatever the hours
    (D(2025, 8, 1), Decimal(20), D(2026, 4, 1), Status.MET, None),
    (D(2025, 8, 1), Decimal(20), D(2026, 3, 31), Status.NOT_MET, None),
])
def test_minimum_duration_part_time_extension_either_side_of_1_august_2025(
        start, hours, gateway, status, days):
    check = rules.minimum_duration_check(start_date=start, gateway_date=gateway,
                                         contracted_hours_per_week=hours)
    assert check.status == status
    assert check.details.get("minimum_days") == days
    if hours == 20 and days:
        assert check.details["extended_months"] == "18.0"


def test_add_months_clamps_to_month_end():
    assert rules.add_months(D(2025, 1, 31), 1) == D(2025, 2, 28)
    assert rules.add_months(D(2024, 8, 31), 6) == D(2025, 2, 28)
    assert rules.add_months(D(2025, 5, 15), 8) == D(2026, 1, 15)


# -- off-the-job training --------------------------------------------------------------------

def otj(start, hours=Decimal("37.5"), weeks=52, published=None):
    return rules.off_the_job_required_hours(start_date=start, contracted_hours_per_week=hours,
                                            planned_weeks=weeks, published_minimum=published)


def test_otj_20_percent_before_1_august_2022_less_statutory_leave():
    hours, rule = otj(D(2022, 7, 31))
    assert (hours, rule.code) == (Decimal("348.0"), "otj_20_percent")  # 20% x 37.5 x 46.4


def test_otj_6_hours_a_week_full_time_from_1_august_2022_less_statutory_leave():
    hours, rule = otj(D(2022, 8, 1))
    assert (hours, rule.code) == (Decimal("278.4"), "otj_6_hours_a_week")  # 6 x (52 - 5.6)


@pytest.mark.parametrize(("contracted", "expected"), [
    (Decimal(30), Decimal("278.4")),    # 30 hours is full time: 6 x 46.4
    (Decimal("29.5"), Decimal("273.8")),  # part time: 0.2 x 29.5 x 46.4 = 273.76
    (Decimal(20), Decimal("185.6")),    # 0.2 x 20 x 46.4
])
def test_otj_full_time_threshold(contracted, expected):
    assert otj(D(2024, 1, 1), hours=contracted)[0] == expected


def test_statutory_leave_is_pro_rata_and_shown_in_the_explanation():
    assert rules.working_weeks(104) == Decimal("92.8")  # two years: 104 - 11.2
    check = rules.off_the_job_check(start_date=D(2024, 1, 1), contracted_hours_per_week=Decimal(37),
                                    planned_weeks=52, published_minimum=None,
                                    recorded_hours=Decimal(300))
    assert (check.status, check.details["required_hours"]) == (Status.MET, "278.4")
    assert check.details["statutory_leave_weeks"] == "5.6"
    assert check.details["working_weeks"] == "46.4"
    assert "6 hours a week x 52 weeks less 5.6 statutory leave = 46.4 weeks" in check.message


@pytest.mark.parametrize(("recorded", "status"), [
    (Decimal("278.3"), Status.NOT_MET), (Decimal("278.4"), Status.MET)])
def test_otj_2022_rule_either_side_of_278_4_hours(recorded, status):
    check = rules.off_the_job_check(start_date=D(2023, 9, 1), contracted_hours_per_week=Decimal(40),
                                    planned_weeks=52, published_minimum=None,
                                    recorded_hours=recorded)
    assert check.status == status


def test_otj_published_minimum_from_1_august_2025():
    assert otj(D(2025, 8, 1), published=278) == (Decimal(278), rules.OTJ_PUBLISHED)
    assert otj(D(2025, 7, 31), published=278)[1].code == "otj_6_hours_a_week"
    assert otj(D(2025, 8, 1), published=None)[1].code == "otj_6_hours_a_week"  # indication


@pytest.mark.parametrize(("start", "status", "reason"), [
    (D(2025, 7, 31), Status.MET, "off_the_job_met"),       # 2022 rules: 278.4 needed
    (D(2025, 8, 1), Status.NOT_MET, "otj_minimum_not_published"),  # no figure: never met
])
def test_start_from_august_2025_without_a_published_minimum_is_not_a_guess(start, status,
                                                                           reason):
    check = rules.off_the_job_check(start_date=start, contracted_hours_per_week=Decimal(37),
                                    planned_weeks=52, published_minimum=None,
                                    recorded_hours=Decimal(1000))
    assert (check.status, check.reason) == (status, reason)
    if status == Status.NOT_MET:
        assert check.rule.code == "otj_published_minimum"
        assert check.details["indicative_rule"] == "otj_6_hours_a_week"


def test_otj_check_with_prior_learning_reduction():
    check = rules.off_the_job_check(start_date=D(2025, 9, 1), contracted_hours_per_week=Decimal(37),
                                    planned_weeks=60, published_minimum=278,
                                    recorded_hours=Decimal(250),
                                    prior_learning_reduction=Decimal(30))
    assert (check.status, check.details["required_hours"]) == (Status.MET, "248")
    short = rules.off_the_job_check(start_date=D(2025, 9, 1),
                                    contracted_hours_per_week=Decimal(37), planned_weeks=60,
                                    published_minimum=278, recorded_hours=Decimal(250))
    assert (short.status, short.reason) == (Status.NOT_MET, "off_the_job_short")
    assert "28 short" in short.message


# -- option, portfolio, declarations --------------------------------------------------------

def test_option_check():
    assert rules.option_check(version_has_options=False, option_title=None,
                              option_in_version=False).status == Status.NOT_REQUIRED
    missing = rules.option_check(version_has_options=True, option_title=None,
                                 option_in_version=False)
    assert (missing.status, missing.reason) == (Status.NOT_MET, "option_missing")
    foreign = rules.option_check(version_has_options=True, option_title="Other",
                                 option_in_version=False)
    assert foreign.reason == "option_not_in_version"
    chosen = rules.option_check(version_has_options=True, option_title="Production coordinator",
                                option_in_version=True)
    assert (chosen.status, chosen.reason) == (Status.MET, "option_chosen")


def test_portfolio_check_names_the_missing_ksbs_in_catalogue_order():
    required = {"K1", "K2", "K10", "S3", "B1"}
    check = rules.portfolio_check(required=required, evidenced={"K1", "S3", "S99"},
                                  from_plan=True)
    assert (check.status, check.reason) == (Status.NOT_MET, "portfolio_ksbs_missing")
    assert check.details["missing"] == ["K2", "K10", "B1"]
    assert check.details["evidenced"] == ["K1", "S3"]
    assert check.rule.code == "portfolio_covers_plan"
    assert "K2, K10, B1" in check.message
    complete = rules.portfolio_check(required=required, evidenced=required | {"S99"},
                                     from_plan=False)
    assert (complete.status, complete.rule.code) == (Status.MET, "portfolio_covers_option")
    empty = rules.portfolio_check(required=required, evidenced=set(), from_plan=False)
    assert empty.reason == "portfolio_empty"


def test_declaration_check():
    missing = rules.declaration_check(rule=rules.EMPLOYER_SIGN_OFF, made=False, by=None, at=None)
    assert (missing.status, missing.reason) == (Status.NOT_MET, "employer_sign_off_missing")
    import datetime as dt
    made = rules.declaration_check(rule=rules.PROVIDER_DECLARATION, made=True, by="ann",
                                   at=dt.datetime(2025, 9, 1, 10, 0, tzinfo=dt.UTC))
    assert (made.status, made.reason) == (Status.MET, "provider_declaration_made")
    assert made.details["by"] == "ann"


def test_every_reason_the_rules_give_is_declared_for_the_schema():
    """The schema's reason enum is ``REASONS``: a new reason in the rules must be added."""
    import inspect
    import re

    from epa.gateway import evaluation

    source = inspect.getsource(rules) + inspect.getsource(evaluation)
    given = set(re.findall(r"Check\(\s*Status\.\w+,\s*f?\"(\w+)\"", source))
    given |= {f"{r.code}_{suffix}" for r in (rules.EMPLOYER_SIGN_OFF, rules.PROVIDER_DECLARATION)
              for suffix in ("made", "missing")}
    given |= {f"{s}_missing" for s in ("english", "maths")}
    given.discard("subject")
    assert given <= set(rules.REASONS), given - set(rules.REASONS)
    assert len(given) >= 18
