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
from decimal import ROUND_HALF_UP, Decimal

from epa.learners.rules import age_on

# The dates the rules change on.
ENGLISH_MATHS_19_PLUS_FROM = dt.date(2025, 2, 11)
OTJ_2022_RULES_FROM = dt.date(2022, 8, 1)
RULES_2025_FROM = dt.date(2025, 8, 1)  # minimum duration 8 months; OTJ from the standard


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


# -- English and maths -----------------------------------------------------------------------

EM_EXEMPTION = Rule("english_maths_19_plus_exemption",
                    "Not required for apprentices aged 19 or over at their start, at a gateway "
                    "on or after 11 February 2025.", effective_from=ENGLISH_MATHS_19_PLUS_FROM)
EM_LEVEL_2 = Rule("english_maths_level_2", "Level 2 English and maths before the EPA.")
EM_ENTRY_3 = Rule("english_maths_entry_level_3",
                  "Entry Level 3 for apprentices with an EHC plan or legacy statement.")


def english_maths_check(subject: str, *, date_of_birth: dt.date, start_date: dt.date,
                        gateway_date: dt.date, has_ehc_plan: bool,
                        achievements: list[Qualification]) -> Check:
    """Whether the English (or maths) requirement is met at ``gateway_date``.

    A British Sign Language qualification stands in for English.
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
    rule, required = (EM_ENTRY_3, 0) if has_ehc_plan else (EM_LEVEL_2, 2)
    relevant = [a for a in achievements if a.subject == subject
                or (subject == "english" and a.qualification_type == "bsl")]
    met = [a for a in relevant if a.level >= required]
    if not met:
        level = "Entry Level 3" if required == 0 else "Level 2"
        return Check(Status.NOT_MET, f"{subject}_missing",
                     f"No {subject} achievement at {level} or above is recorded.", rule,
                     {"required_level": required})
    best = max(met, key=lambda a: a.level)
    if subject == "english" and best.qualification_type == "bsl":
        reason = "bsl_alternative"
    elif required == 0 and best.level < 2:
        reason = "entry_level_3_with_ehc_plan"
    else:
        reason = "level_2_achieved"
    return Check(Status.MET, reason, f"{subject.title()} met ({best.qualification_type}, "
                 f"level {best.level or 'Entry 3'}).", rule, {"required_level": required})


# -- minimum time on programme ---------------------------------------------------------------

DURATION_12 = Rule("minimum_duration_12_months", "At least 12 months from start to gateway.",
                   effective_to=RULES_2025_FROM - dt.timedelta(days=1))
DURATION_8 = Rule("minimum_duration_8_months", "At least 8 months from start to gateway.",
                  effective_from=RULES_2025_FROM)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole calendar months; the 31st becomes the month's last day if needed."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def minimum_duration_check(*, start_date: dt.date, gateway_date: dt.date) -> Check:
    rule, months = (DURATION_8, 8) if start_date >= RULES_2025_FROM else (DURATION_12, 12)
    earliest = add_months(start_date, months)
    if gateway_date >= earliest:
        return Check(Status.MET, "minimum_duration_met",
                     f"{months} months on programme by {earliest.isoformat()}.", rule,
                     {"earliest_gateway": earliest.isoformat()})
    return Check(Status.NOT_MET, "minimum_duration_not_met",
                 f"Gateway before {months} months on programme: the earliest is "
                 f"{earliest.isoformat()}.", rule, {"earliest_gateway": earliest.isoformat()})


# -- off-the-job training --------------------------------------------------------------------

OTJ_20_PERCENT = Rule("otj_20_percent", "20% of contracted hours over the planned duration.",
                      effective_to=OTJ_2022_RULES_FROM - dt.timedelta(days=1))
OTJ_6_HOURS = Rule("otj_6_hours_a_week",
                   "Full-time (30+ contracted hours a week): 6 hours a week; part-time: 20% of "
                   "contracted hours.", effective_from=OTJ_2022_RULES_FROM,
                   effective_to=RULES_2025_FROM - dt.timedelta(days=1))
OTJ_PUBLISHED = Rule("otj_published_minimum",
                     "The standard version's published minimum off-the-job hours.",
                     effective_from=RULES_2025_FROM)
FULL_TIME_HOURS = Decimal(30)


def _hours(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def off_the_job_required_hours(*, start_date: dt.date, contracted_hours_per_week: Decimal,
                               planned_weeks: int, published_minimum: int | None
                               ) -> tuple[Decimal, Rule]:
    """The hours required by the rules of the start date (before any prior-learning reduction).

    From 1 August 2025 the standard's published minimum applies; a version without one falls
    back to the 2022 rules, which the evaluation reports as the rule that applied.
    """
    if start_date >= RULES_2025_FROM and published_minimum is not None:
        return Decimal(published_minimum), OTJ_PUBLISHED
    if start_date >= OTJ_2022_RULES_FROM:
        if contracted_hours_per_week >= FULL_TIME_HOURS:
            return _hours(Decimal(6) * planned_weeks), OTJ_6_HOURS
        return _hours(contracted_hours_per_week * planned_weeks / 5), OTJ_6_HOURS
    return _hours(contracted_hours_per_week * planned_weeks / 5), OTJ_20_PERCENT


def off_the_job_check(*, start_date: dt.date, contracted_hours_per_week: Decimal,
                      planned_weeks: int, published_minimum: int | None,
                      recorded_hours: Decimal, prior_learning_reduction: Decimal = Decimal(0)
                      ) -> Check:
    required, rule = off_the_job_required_hours(
        start_date=start_date, contracted_hours_per_week=contracted_hours_per_week,
        planned_weeks=planned_weeks, published_minimum=published_minimum)
    required = max(Decimal(0), required - prior_learning_reduction)
    details = {"required_hours": str(required), "recorded_hours": str(recorded_hours),
               "prior_learning_reduction": str(prior_learning_reduction)}
    if recorded_hours >= required:
        return Check(Status.MET, "off_the_job_met",
                     f"{recorded_hours} off-the-job hours recorded; {required} required.",
                     rule, details)
    return Check(Status.NOT_MET, "off_the_job_short",
                 f"{recorded_hours} off-the-job hours recorded; {required} required "
                 f"({required - recorded_hours} short).", rule, details)


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

RULES = (EM_EXEMPTION, EM_LEVEL_2, EM_ENTRY_3, OPTION_CHOSEN, PORTFOLIO_PLAN, PORTFOLIO_OPTION,
         DURATION_12, DURATION_8, OTJ_20_PERCENT, OTJ_6_HOURS, OTJ_PUBLISHED, EMPLOYER_SIGN_OFF,
         PROVIDER_DECLARATION)
RULE_CODES = [(r.code, r.description) for r in RULES]
STATUS_CHOICES = [(s.value, s.value.replace("_", " ").capitalize()) for s in Status]
REASONS = {
    "age_19_plus_exemption": "Exempt: aged 19+ at start, gateway on or after 2025-02-11.",
    "english_missing": "No English at the required level.",
    "maths_missing": "No maths at the required level.",
    "level_2_achieved": "Level 2 achieved.",
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
    "employer_sign_off_made": "The employer has signed off.",
    "employer_sign_off_missing": "The employer has not signed off.",
    "provider_declaration_made": "The provider has declared.",
    "provider_declaration_missing": "The provider has not declared.",
}
REASON_CODES = list(REASONS.items())
