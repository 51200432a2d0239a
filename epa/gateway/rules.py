"""Gateway readiness rules: plain functions of dates and facts, each answering a ``Check``.

Every rule names itself and the dates it is in force for, so that an evaluation can say which
rule applied. Rules that change over time take the dates they depend on as inputs; the unit
tests sit on both sides of every boundary.

``evaluation.py`` gathers the facts of an apprenticeship and applies these.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from epa.learners.rules import age_on

# The dates the rules change on.
ENGLISH_MATHS_19_PLUS_FROM = dt.date(2025, 2, 11)
OTJ_2022_RULES_FROM = dt.date(2022, 8, 1)
RULES_2025_FROM = dt.date(2025, 8, 1)  # minimum duration 8 months; OTJ from the standard
FULL_TIME_HOURS = Decimal(30)  # contracted hours a week from which an apprentice is full time


class Status(enum.StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    NOT_REQUIRED = "not_required"


@dataclass(frozen=True)
class Rule:
    code: str
    description: str
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None  # inclusive


@dataclass(frozen=True)
class Check:
    status: Status
    reason: str
    message: str
    rule: Rule
    details: dict | None = None


@dataclass(frozen=True)
class Qualification:
    """An English or maths achievement: ``level`` 0 is Entry Level 3."""

    subject: str  # "english" or "maths"
    level: int
    qualification_type: str  # gcse, functional_skills, bsl, entry_level_3, other
    achieved_on: dt.date | None = None  # None: undated (counts)


# -- English and maths -----------------------------------------------------------------------

EM_EXEMPTION = Rule("english_maths_19_plus_exemption",
                    "Not required for apprentices aged 19 or over at their start, at a gateway "
                    "on or after 11 February 2025.", effective_from=ENGLISH_MATHS_19_PLUS_FROM)
EM_LEVEL_2 = Rule("english_maths_level_2", "Level 2 English and maths before the EPA.")
EM_ENTRY_3 = Rule("english_maths_entry_level_3",
                  "Entry Level 3 for apprentices with an EHC plan or legacy statement.")
# Funding rules, English and maths: on a level 2 apprenticeship an apprentice without level 1
# must achieve level 1 before the EPA; until 31 July 2022 they also had to take the level 2
# test (suspended during the pandemic), from 1 August 2022 they work towards level 2 only where
# time allows (funding rules 2022 to 2023, "English and maths", new for 1 August 2022).
EM_LEVEL_1_TAKE_2 = Rule("english_maths_level_1_and_level_2_test",
                         "Level 2 standard: level 1 English and maths, and the level 2 test "
                         "taken, before the EPA.",
                         effective_to=OTJ_2022_RULES_FROM - dt.timedelta(days=1))
EM_LEVEL_1 = Rule("english_maths_level_1",
                  "Level 2 standard: level 1 English and maths before the EPA.",
                  effective_from=OTJ_2022_RULES_FROM)


def english_maths_check(subject: str, *, date_of_birth: dt.date, start_date: dt.date,
                        gateway_date: dt.date, has_ehc_plan: bool,
                        achievements: list[Qualification], standard_level: int = 3) -> Check:
    """Whether the English (or maths) requirement is met at ``gateway_date``.

    A British Sign Language qualification stands in for English. Only achievements on or before
    the gateway count: the requirement is to be met before the EPA (funding rules, English and
    maths: "before they can complete their apprenticeship" / EPA gateway). The level required
    depends on the standard's level and the rules of the start date (``EM_LEVEL_1*``).
    """
    if subject not in ("english", "maths"):
        raise ValueError(f"subject must be english or maths, not {subject!r}")
    age_at_start = age_on(date_of_birth, start_date)
    if age_at_start >= 19 and gateway_date >= ENGLISH_MATHS_19_PLUS_FROM:
        return Check(Status.NOT_REQUIRED, "age_19_plus_exemption",
                     f"{subject.title()} is not required: the apprentice was {age_at_start} at "
                     "the start and the gateway is on or after 11 February 2025. Record the "
                     "decision in the training plan.", EM_EXEMPTION,
                     {"age_at_start": age_at_start})
    if has_ehc_plan:
        rule, required = EM_ENTRY_3, 0
    elif standard_level <= 2:
        rule = EM_LEVEL_1 if start_date >= OTJ_2022_RULES_FROM else EM_LEVEL_1_TAKE_2
        required = 1
    else:
        rule, required = EM_LEVEL_2, 2
    relevant = [a for a in achievements if a.subject == subject
                or (subject == "english" and a.qualification_type == "bsl")]
    later = [a for a in relevant if a.achieved_on is not None and a.achieved_on > gateway_date]
    met = [a for a in relevant if a.level >= required and a not in later]
    details = {"required_level": required, "standard_level": standard_level}
    if later:
        details["ignored_after_gateway"] = sorted(a.achieved_on.isoformat() for a in later)
    if not met:
        level = {0: "Entry Level 3", 1: "Level 1"}.get(required, "Level 2")
        after = (f" ({len(later)} achievement(s) dated after the gateway "
                 f"{gateway_date.isoformat()} do not count)") if later else ""
        return Check(Status.NOT_MET, f"{subject}_missing",
                     f"No {subject} achievement at {level} or above is recorded by the "
                     f"gateway{after}.", rule, details)
    best = max(met, key=lambda a: a.level)
    if subject == "english" and best.qualification_type == "bsl":
        reason = "bsl_alternative"
    elif required == 0 and best.level < 2:
        reason = "entry_level_3_with_ehc_plan"
    elif required == 1 and best.level < 2:
        reason = "level_1_achieved"
    else:
        reason = "level_2_achieved"
    message = (f"{subject.title()} met ({best.qualification_type}, "
               f"level {best.level or 'Entry 3'}).")
    if rule is EM_LEVEL_1_TAKE_2 and best.level < 2:
        message += " The level 2 test must also have been taken (the EPAO checks the evidence)."
    return Check(Status.MET, reason, message, rule, details)


# -- minimum time on programme ---------------------------------------------------------------

# Funding rules to 31 July 2025: the practical period lasts at least 12 months, which the rules
# define as at least 372 days; an apprentice contracted for under 30 hours a week has it
# extended: 12 x 30 / average weekly hours = the minimum in months (2021 to 2022 P31, P35.1;
# 2023 to 2024 paragraphs 65 to 67.1), applied here in days: 372 x 30 / hours.
# Funding rules 2025 to 2026 (starts from 1 August 2025): at least 8 months, with no
# part-time extension.
MINIMUM_DAYS_12_MONTHS = 372
DURATION_12 = Rule("minimum_duration_12_months",
                   "At least 12 months (372 days) from start to gateway, extended pro rata "
                   "(x 30 / weekly hours) under 30 contracted hours a week.",
                   effective_to=RULES_2025_FROM - dt.timedelta(days=1))
DURATION_8 = Rule("minimum_duration_8_months",
                  "At least 8 months from start to gateway, whatever the weekly hours.",
                  effective_from=RULES_2025_FROM)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole calendar months; the 31st becomes the month's last day if needed."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def minimum_duration_check(*, start_date: dt.date, gateway_date: dt.date,
                           contracted_hours_per_week: Decimal | None = None) -> Check:
    """The practical period from start to gateway against the minimum of the start's rules.

    ``contracted_hours_per_week`` None is taken as full time (and the details say so).
    """
    details: dict = {"contracted_hours_per_week": (
        None if contracted_hours_per_week is None else str(contracted_hours_per_week))}
    if start_date >= RULES_2025_FROM:
        rule, earliest = DURATION_8, add_months(start_date, 8)
        minimum = "8 months"
    else:
        rule, days = DURATION_12, MINIMUM_DAYS_12_MONTHS
        hours = contracted_hours_per_week
        if hours is not None and 0 < hours < FULL_TIME_HOURS:
            days = int((Decimal(MINIMUM_DAYS_12_MONTHS) * FULL_TIME_HOURS / hours)
                       .to_integral_value(rounding=ROUND_CEILING))
            details["extended_months"] = str(_hours(Decimal(12) * FULL_TIME_HOURS / hours))
        earliest = start_date + dt.timedelta(days=days)
        details["minimum_days"] = days
        minimum = f"{days} days"
    details["earliest_gateway"] = earliest.isoformat()
    if gateway_date >= earliest:
        return Check(Status.MET, "minimum_duration_met",
                     f"{minimum} on programme by {earliest.isoformat()}.", rule, details)
    return Check(Status.NOT_MET, "minimum_duration_not_met",
                 f"Gateway before {minimum} on programme: the earliest is "
                 f"{earliest.isoformat()}.", rule, details)


# -- off-the-job training --------------------------------------------------------------------

# Off-the-job training is counted over the practical period (start to planned end date; the EPA
# period is not part of it) less the statutory leave entitlement, 5.6 weeks a year pro rata:
# working weeks = weeks x (52 - 5.6) / 52 (funding rules 2021 to 2022 P45 and the off-the-job
# guidance's calculation; 2022 to 2025 "off-the-job training", the 6-hour minimum "excluding
# statutory leave"). 12 months full time under the 2022 rules: 6 x 46.4 = 278.4 hours.
STATUTORY_LEAVE_WEEKS = Decimal("5.6")
WEEKS_A_YEAR = Decimal(52)
OTJ_20_PERCENT = Rule("otj_20_percent",
                      "20% of contracted hours over the practical period, less statutory leave "
                      "(5.6 weeks a year, pro rata).",
                      effective_to=OTJ_2022_RULES_FROM - dt.timedelta(days=1))
OTJ_6_HOURS = Rule("otj_6_hours_a_week",
                   "Full-time (30+ contracted hours a week): 6 hours a week; part-time: 20% of "
                   "contracted hours; over the practical period less statutory leave (5.6 weeks "
                   "a year, pro rata).", effective_from=OTJ_2022_RULES_FROM,
                   effective_to=RULES_2025_FROM - dt.timedelta(days=1))
OTJ_PUBLISHED = Rule("otj_published_minimum",
                     "The standard version's published minimum off-the-job hours "
                     "(funding rules 2025 to 2026, off-the-job training).",
                     effective_from=RULES_2025_FROM)


def _hours(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def working_weeks(planned_weeks: int | Decimal) -> Decimal:
    """The practical period's weeks less statutory leave, 5.6 weeks a year pro rata."""
    weeks = Decimal(planned_weeks)
    return weeks - STATUTORY_LEAVE_WEEKS * weeks / WEEKS_A_YEAR


def off_the_job_required_hours(*, start_date: dt.date, contracted_hours_per_week: Decimal,
                               planned_weeks: int, published_minimum: int | None
                               ) -> tuple[Decimal, Rule]:
    """The hours required by the rules of the start date (before any prior-learning reduction).

    From 1 August 2025 the standard's published minimum applies. A version without one is
    answered with the 2022 figure, which ``off_the_job_check`` reports as not a finding.
    """
    return _required(start_date, contracted_hours_per_week, planned_weeks,
                     published_minimum)[:2]


def _required(start_date: dt.date, contracted: Decimal, planned_weeks: int,
              published_minimum: int | None) -> tuple[Decimal, Rule, dict]:
    if start_date >= RULES_2025_FROM and published_minimum is not None:
        return Decimal(published_minimum), OTJ_PUBLISHED, {
            "published_minimum": published_minimum}
    weeks = working_weeks(planned_weeks)
    figures = {"practical_period_weeks": planned_weeks,
               "statutory_leave_weeks": str(_hours(Decimal(planned_weeks) - weeks)),
               "working_weeks": str(_hours(weeks)),
               "contracted_hours_per_week": str(contracted)}
    if start_date >= OTJ_2022_RULES_FROM:
        if contracted >= FULL_TIME_HOURS:
            return _hours(Decimal(6) * weeks), OTJ_6_HOURS, {**figures, "hours_a_week": "6"}
        return (_hours(contracted * weeks / 5), OTJ_6_HOURS,
                {**figures, "percent_of_contracted": "20"})
    return (_hours(contracted * weeks / 5), OTJ_20_PERCENT,
            {**figures, "percent_of_contracted": "20"})


def off_the_job_check(*, start_date: dt.date, contracted_hours_per_week: Decimal,
                      planned_weeks: int, published_minimum: int | None,
                      recorded_hours: Decimal, prior_learning_reduction: Decimal = Decimal(0)
                      ) -> Check:
    required, rule, figures = _required(start_date, contracted_hours_per_week, planned_weeks,
                                        published_minimum)
    required = max(Decimal(0), required - prior_learning_reduction)
    details = {"required_hours": str(required), "recorded_hours": str(recorded_hours),
               "prior_learning_reduction": str(prior_learning_reduction), **figures}
    if start_date >= RULES_2025_FROM and published_minimum is None:
        # No published minimum: the 2022 figure is only an indication, never a finding.
        return Check(Status.NOT_MET, "otj_minimum_not_published",
                     f"The standard version publishes no minimum off-the-job hours, which apply "
                     f"to starts from 1 August 2025; {required} hours under the 2022 rules is an "
                     f"indication only ({recorded_hours} recorded).", OTJ_PUBLISHED,
                     {**details, "indicative_rule": rule.code})
    basis = _basis(rule, figures)
    if recorded_hours >= required:
        return Check(Status.MET, "off_the_job_met",
                     f"{recorded_hours} off-the-job hours recorded; {required} required "
                     f"({basis}).", rule, details)
    return Check(Status.NOT_MET, "off_the_job_short",
                 f"{recorded_hours} off-the-job hours recorded; {required} required "
                 f"({basis}; {required - recorded_hours} short).", rule, details)


def _basis(rule: Rule, figures: dict) -> str:
    if rule is OTJ_PUBLISHED:
        return f"the published minimum {figures['published_minimum']}"
    weeks = (f"{figures['practical_period_weeks']} weeks less "
             f"{figures['statutory_leave_weeks']} statutory leave = "
             f"{figures['working_weeks']} weeks")
    if "hours_a_week" in figures:
        return f"6 hours a week x {weeks}"
    return f"20% x {figures['contracted_hours_per_week']} hours a week x {weeks}"


# -- option, portfolio, declarations ---------------------------------------------------------

OPTION_CHOSEN = Rule("option_chosen",
                     "A standard with options needs one option of the apprenticeship's version.")


def option_check(*, version_has_options: bool, option_title: str | None,
                 option_in_version: bool) -> Check:
    if not version_has_options:
        return Check(Status.NOT_REQUIRED, "standard_has_no_options",
                     "The standard version has no options.", OPTION_CHOSEN)
    if not option_title:
        return Check(Status.NOT_MET, "option_missing",
                     "No option is chosen for the apprenticeship.", OPTION_CHOSEN)
    if not option_in_version:
        return Check(Status.NOT_MET, "option_not_in_version",
                     f"The option {option_title!r} is not one of the version's options.",
                     OPTION_CHOSEN)
    return Check(Status.MET, "option_chosen", f"Option chosen: {option_title}.", OPTION_CHOSEN)


PORTFOLIO_PLAN = Rule("portfolio_covers_plan",
                      "The portfolio evidences every KSB the assessment plan says it must cover "
                      "for the apprentice's option.")
PORTFOLIO_OPTION = Rule("portfolio_covers_option",
                        "With no assessment plan, the portfolio evidences every KSB of the "
                        "apprentice's option.")


def _ksb_sort_key(code: str) -> tuple[int, int]:
    return ("KSB".index(code[0]) if code[:1] in ("K", "S", "B") else 3,
            int(code[1:]) if code[1:].isdigit() else 0)


def portfolio_check(*, required: set[str], evidenced: set[str], from_plan: bool) -> Check:
    """Which of the ``required`` KSB codes the portfolio's evidence items cover."""
    rule = PORTFOLIO_PLAN if from_plan else PORTFOLIO_OPTION
    missing = sorted(required - evidenced, key=_ksb_sort_key)
    details = {"required": sorted(required, key=_ksb_sort_key),
               "evidenced": sorted(required & evidenced, key=_ksb_sort_key),
               "missing": missing}
    if not evidenced:
        return Check(Status.NOT_MET, "portfolio_empty", "The portfolio has no evidence items.",
                     rule, details)
    if missing:
        return Check(Status.NOT_MET, "portfolio_ksbs_missing",
                     f"{len(missing)} KSB(s) not evidenced: {', '.join(missing)}.", rule, details)
    return Check(Status.MET, "portfolio_complete",
                 f"All {len(required)} required KSBs are evidenced.", rule, details)


EMPLOYER_SIGN_OFF = Rule("employer_sign_off",
                         "The employer declares the apprentice works at or above the standard.")
PROVIDER_DECLARATION = Rule("provider_declaration",
                            "The provider declares the apprentice is ready for the EPA.")


def declaration_check(*, rule: Rule, made: bool, by: str | None, at: dt.datetime | None
                      ) -> Check:
    who = "employer" if rule is EMPLOYER_SIGN_OFF else "provider"
    if not made:
        return Check(Status.NOT_MET, f"{rule.code}_missing",
                     f"The {who} has not made the declaration yet.", rule)
    return Check(Status.MET, f"{rule.code}_made",
                 f"Declared by {by or 'the ' + who} on {at:%Y-%m-%d}.", rule,
                 {"by": by, "at": at.isoformat() if at else None})


# -- the codes an evaluation can give, for the OpenAPI schema's enums -------------------------

RULES = (EM_EXEMPTION, EM_LEVEL_2, EM_ENTRY_3, EM_LEVEL_1_TAKE_2, EM_LEVEL_1, OPTION_CHOSEN,
         PORTFOLIO_PLAN, PORTFOLIO_OPTION,
         DURATION_12, DURATION_8, OTJ_20_PERCENT, OTJ_6_HOURS, OTJ_PUBLISHED, EMPLOYER_SIGN_OFF,
         PROVIDER_DECLARATION)
RULE_CODES = [(r.code, r.description) for r in RULES]
STATUS_CHOICES = [(s.value, s.value.replace("_", " ").capitalize()) for s in Status]
REASONS = {
    "age_19_plus_exemption": "Exempt: aged 19+ at start, gateway on or after 2025-02-11.",
    "english_missing": "No English at the required level.",
    "maths_missing": "No maths at the required level.",
    "level_2_achieved": "Level 2 achieved.",
    "level_1_achieved": "Level 1 achieved, as a level 2 standard requires.",
    "entry_level_3_with_ehc_plan": "Entry Level 3 with an EHC plan or legacy statement.",
    "bsl_alternative": "A BSL qualification stands in for English.",
    "standard_has_no_options": "The version has no options.",
    "option_missing": "No option chosen.",
    "option_not_in_version": "The option is not one of the version's.",
    "option_chosen": "An option of the version is chosen.",
    "portfolio_empty": "No evidence items.",
    "portfolio_ksbs_missing": "Some required KSBs are not evidenced.",
    "portfolio_complete": "Every required KSB is evidenced.",
    "minimum_duration_met": "Long enough on programme.",
    "minimum_duration_not_met": "Not long enough on programme.",
    "off_the_job_met": "Enough off-the-job hours.",
    "off_the_job_short": "Too few off-the-job hours.",
    "off_the_job_not_recorded": "Hours not recorded yet.",
    "otj_minimum_not_published": "Start from 2025-08-01 and the version publishes no minimum "
                                 "off-the-job hours: not decidable.",
    "employer_sign_off_made": "The employer has signed off.",
    "employer_sign_off_missing": "The employer has not signed off.",
    "provider_declaration_made": "The provider has declared.",
    "provider_declaration_missing": "The provider has not declared.",
}
REASON_CODES = list(REASONS.items())
