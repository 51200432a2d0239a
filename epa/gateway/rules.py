"""Gateway readiness rules: plain functions of dates and facts, each answering a ``Check``.

Every rule names itself and the dates it is in force for, so that an evaluation can say which
rule applied. Rules that change over time take the dates they depend on as inputs; the unit
tests sit on both sides of every boundary.

Not wired to the API yet: the gateway issue builds the submissions, flow and endpoints on these.
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
