import copy
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import EmailValidator, RegexValidator
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.fields import empty

from epa.api.fields import (
    StrictBooleanField,
    StrictCharField,
    StrictChoiceField,
    StrictEmailField,
    StrictIntegerField,
    StrictModelSerializer,
    StrictPrimaryKeyRelatedField,
    StrictRegexField,
)
from epa.core.models import AuditEvent
from epa.learners.models import Achievement, Apprenticeship, Learner
from epa.organisations.models import Organisation, OrganisationKind
from epa.pathways.models import WithdrawalReason
from epa.standards.models import REFERENCE_RE, Option, StandardVersion, parse_version


class LearnerSerializer(StrictModelSerializer):
    class Meta:
        model = Learner
        fields = ["id", "uln", "given_names", "family_name", "date_of_birth", "email",
                  "updated_at"]
        read_only_fields = ["id", "updated_at"]
        # identity is settled by the service and the database, not by a per-row query here
        validators: list = []
        extra_kwargs = {"uln": {"validators": []}}


class AchievementSerializer(StrictModelSerializer):
    class Meta:
        model = Achievement
        fields = ["subject", "level", "qualification_type", "achieved_on", "evidence_reference"]


@extend_schema_field({"type": "string", "pattern": r"^ST\d{4}/\d+\.\d+$",
                      "example": "ST0792/1.0"})
class VersionField(serializers.Field):
    """A standard version as ``ST0792/1.0``."""

    default_error_messages = {
        "invalid": "Give the standard and version as ST0792/1.0.",
        "does_not_exist": "There is no standard version {value}.",
    }

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        reference, _, number = data.partition("/")
        try:
            major, minor = parse_version(number)
        except ValueError:
            self.fail("invalid")
        version = None
        if re.fullmatch(REFERENCE_RE, reference):  # nothing else exists, nor reaches the database
            version = StandardVersion.objects.select_related("standard").filter(
                standard__reference=reference, major=major, minor=minor).first()
        if version is None:
            self.fail("does_not_exist", value=data)
        return version

    def to_representation(self, obj):
        return f"{obj.standard.reference}/{obj.version}"


class ApprenticeshipSerializer(StrictModelSerializer):
    learner = LearnerSerializer(help_text="The learner, matched by ULN (created if new).")
    standard_version = VersionField(
        help_text="Standard and version, e.g. `ST0792/1.0`.")
    option = StrictPrimaryKeyRelatedField(
        queryset=Option.objects.all(), allow_null=True, required=False,
        help_text="Option id (see the standard's options); null until chosen.")
    provider = StrictPrimaryKeyRelatedField(
        queryset=Organisation.objects.filter(kind=OrganisationKind.PROVIDER),
        help_text="Training provider id: one the caller acts for.")
    employer = StrictPrimaryKeyRelatedField(
        queryset=Organisation.objects.filter(kind=OrganisationKind.EMPLOYER),
        help_text="Employer id.")
    epao = StrictPrimaryKeyRelatedField(
        queryset=Organisation.objects.filter(kind=OrganisationKind.EPAO), allow_null=True,
        required=False, help_text="EPAO id: approved for the standard.")
    achievements = AchievementSerializer(many=True, required=False,
                                         help_text="English and maths achievements.")

    class Meta:
        model = Apprenticeship
        fields = ["id", "learner", "standard_version", "option", "provider", "employer", "epao",
                  "start_date", "planned_end_date", "planned_otj_hours", "has_ehc_plan",
                  "achievements", "status", "progressed_from", "progressed_to",
                  "prior_learning_hours", "prior_learning_note", "created_at", "updated_at"]
        read_only_fields = ["id", "status", "progressed_from", "progressed_to",
                            "prior_learning_hours", "prior_learning_note", "created_at",
                            "updated_at"]
        extra_kwargs = {"progressed_to": {"help_text": "The apprenticeships started from this "
                                                       "one on progression."}}
        validators: list = []


class SyncRecordSerializer(serializers.Serializer):
    """One apprenticeship in a sync batch, keyed by ULN and standard reference.

    Only shapes are checked here (no database): the rules run in ``learners.sync``.
    """

    uln = StrictRegexField(r"^[0-9]{10}$", help_text="The learner's ULN (10 digits).")
    given_names = StrictCharField(max_length=200)
    family_name = StrictCharField(max_length=200)
    date_of_birth = serializers.DateField()
    email = StrictEmailField(required=False, allow_blank=True)
    standard = StrictRegexField(r"^ST[0-9]{4}$", help_text="Standard reference.")
    version = StrictRegexField(r"^[0-9]{1,4}\.[0-9]{1,4}$",
                               help_text="Standard version, e.g. 1.0.")
    option = StrictCharField(required=False, allow_null=True, allow_blank=True,
                             max_length=255, help_text="Option title; empty until chosen.")
    employer = StrictIntegerField(min_value=1, max_value=2**63 - 1,
                                  help_text="Employer id.")
    epao = StrictIntegerField(min_value=1, max_value=2**63 - 1, required=False,
                              allow_null=True, help_text="EPAO id.")
    start_date = serializers.DateField()
    planned_end_date = serializers.DateField()
    planned_otj_hours = StrictIntegerField(min_value=0, max_value=10000, required=False,
                                           allow_null=True)
    has_ehc_plan = StrictBooleanField(required=False, default=False)
    achievements = AchievementSerializer(many=True, required=False,
                                         help_text="Replaces the recorded achievements when "
                                                   "given.")
    status = StrictChoiceField(
        choices=[("withdrawn", "Withdrawn")], required=False,
        help_text="`withdrawn` withdraws the apprentice (after the record is stored), by the "
                  "same rules as `POST /apprenticeships/{id}/withdraw/`; give "
                  "`withdrawn_on` and `withdrawal_reason`.")
    withdrawn_on = serializers.DateField(required=False)
    withdrawal_reason = StrictChoiceField(choices=WithdrawalReason.choices, required=False)


class ParsedJSONField(serializers.JSONField):
    """Any JSON value of a body the JSON parser read (the only parser): already plain JSON, so
    it is not encoded again to prove it (``JSONField`` does, 1,000 times for a sync batch)."""

    def to_internal_value(self, data):
        return data


class SyncEnvelopeSerializer(serializers.Serializer):
    """What the view parses first: the records stay raw, each checked on its own after."""

    provider = StrictIntegerField(
        min_value=1, max_value=2**63 - 1, required=False,
        help_text="The provider the records are for; needed only when the caller acts for "
                  "more than one provider.")
    records = serializers.ListField(
        child=ParsedJSONField(allow_null=True), allow_empty=False,
        help_text="Up to SYNC_MAX_RECORDS (1,000) records; see SyncRecord.")


class SyncErrorSerializer(serializers.Serializer):
    attr = serializers.CharField(allow_null=True, help_text="The field of the record; null for "
                                                            "the record as a whole (not an "
                                                            "object, say).")
    code = serializers.CharField(help_text="Stable machine-readable code.")
    detail = serializers.CharField(help_text="Message for people.")


class SyncResultSerializer(serializers.Serializer):
    index = serializers.IntegerField(help_text="Position of the record in the request.")
    uln = serializers.CharField(allow_blank=True)
    standard = serializers.CharField(allow_blank=True)
    outcome = serializers.ChoiceField(choices=["created", "updated", "unchanged", "error"])
    apprenticeship_id = serializers.IntegerField(allow_null=True)
    errors = SyncErrorSerializer(many=True)


class SyncResponseSerializer(serializers.Serializer):
    summary = serializers.DictField(child=serializers.IntegerField(),
                                    help_text="Records per outcome.")
    results = SyncResultSerializer(many=True, help_text="One per record, in order.")


class SyncRequestSerializer(SyncEnvelopeSerializer):
    """The documented request: each record as ``SyncRecord``. (The view parses records one by
    one, so that a bad record is reported in its result instead of failing the batch.)"""

    records = serializers.ListField(child=SyncRecordSerializer(), min_length=1,
                                    max_length=1000, help_text="1 to 1,000 records.")


class EventSerializer(serializers.ModelSerializer):
    at = serializers.DateTimeField(read_only=True, help_text="When it happened.")
    actor = serializers.CharField(source="actor_label", read_only=True,
                                  help_text="Who: a user name or an API key.")
    organisation = serializers.IntegerField(source="actor_organisation_id", allow_null=True,
                                            help_text="The organisation they acted for.")
    before = serializers.JSONField(allow_null=True, help_text="The state before, if any.")
    after = serializers.JSONField(allow_null=True, help_text="The state after, if any.")

    class Meta:
        model = AuditEvent
        fields = ["id", "at", "area", "action", "subject", "actor", "organisation", "before",
                  "after", "reason"]


class HistorySerializer(serializers.Serializer):
    apprenticeship = serializers.IntegerField(help_text="The apprenticeship's id.")
    uln = serializers.CharField(help_text="The apprentice's ULN.")
    events = EventSerializer(many=True, help_text="Oldest first.")


# -- lists rendered from plain rows ----------------------------------------------------------
# The list endpoints render a page from ``.values()`` rows in the shapes of the serializers
# above (``LearnerSerializer``, ``ApprenticeshipSerializer``), without a serializer per row:
# tests/learners/test_list_rendering.py holds them to the serializers' output.

_DATETIME = serializers.DateTimeField()

LEARNER_VALUES = ("id", "uln", "given_names", "family_name", "date_of_birth", "email",
                  "updated_at")
APPRENTICESHIP_VALUES = (
    "id", "learner_id", "learner__uln", "learner__given_names", "learner__family_name",
    "learner__date_of_birth", "learner__email", "learner__updated_at",
    "standard_version__standard__reference", "standard_version__major",
    "standard_version__minor", "option_id", "provider_id", "employer_id", "epao_id",
    "start_date", "planned_end_date", "planned_otj_hours", "has_ehc_plan", "status",
    "progressed_from_id", "prior_learning_hours", "prior_learning_note", "created_at",
    "updated_at")
ACHIEVEMENT_VALUES = ("apprenticeship_id", "subject", "level", "qualification_type",
                      "achieved_on", "evidence_reference")


def learner_rows_data(rows: list[dict]) -> list[dict]:
    moment = _DATETIME.to_representation
    return [{"id": r["id"], "uln": r["uln"], "given_names": r["given_names"],
             "family_name": r["family_name"], "date_of_birth": r["date_of_birth"].isoformat(),
             "email": r["email"], "updated_at": moment(r["updated_at"])} for r in rows]


def apprenticeship_rows_data(rows: list[dict], achievements: list[dict],
                             progressions: list[dict]) -> list[dict]:
    """A page of apprenticeships (rows of ``APPRENTICESHIP_VALUES``) with their achievements
    (rows of ``ACHIEVEMENT_VALUES`` in the model's order) and the apprenticeships started from
    them (``progressed_from_id``/``id`` rows in the model's order), as
    ``ApprenticeshipSerializer``."""
    moment = _DATETIME.to_representation
    progressed_to: dict[int, list[int]] = {}
    for p in progressions:
        progressed_to.setdefault(p["progressed_from_id"], []).append(p["id"])
    by_apprenticeship: dict[int, list[dict]] = {}
    for a in achievements:
        by_apprenticeship.setdefault(a["apprenticeship_id"], []).append({
            "subject": a["subject"], "level": a["level"],
            "qualification_type": a["qualification_type"],
            "achieved_on": a["achieved_on"].isoformat(),
            "evidence_reference": a["evidence_reference"]})
    return [{
        "id": r["id"],
        "learner": {"id": r["learner_id"], "uln": r["learner__uln"],
                    "given_names": r["learner__given_names"],
                    "family_name": r["learner__family_name"],
                    "date_of_birth": r["learner__date_of_birth"].isoformat(),
                    "email": r["learner__email"],
                    "updated_at": moment(r["learner__updated_at"])},
        "standard_version": (f"{r['standard_version__standard__reference']}/"
                             f"{r['standard_version__major']}.{r['standard_version__minor']}"),
        "option": r["option_id"], "provider": r["provider_id"], "employer": r["employer_id"],
        "epao": r["epao_id"], "start_date": r["start_date"].isoformat(),
        "planned_end_date": r["planned_end_date"].isoformat(),
        "planned_otj_hours": r["planned_otj_hours"], "has_ehc_plan": r["has_ehc_plan"],
        "achievements": by_apprenticeship.get(r["id"], []), "status": r["status"],
        "progressed_from": r["progressed_from_id"],
        "progressed_to": progressed_to.get(r["id"], []),
        "prior_learning_hours": r["prior_learning_hours"],
        "prior_learning_note": r["prior_learning_note"],
        "created_at": moment(r["created_at"]), "updated_at": moment(r["updated_at"]),
    } for r in rows]


# -- sync records checked as a batch -----------------------------------------------------------
# A sync batch is up to 1,000 records: ``SyncRecordSerializer.run_validation`` per record was
# most of the endpoint's time. ``SyncRecordChecker`` checks a batch column by column (each
# field's values of every record at once, mostly in C: types, lengths, patterns, bounds, dates)
# with checks built from the serializer's own fields (their types, limits, patterns, defaults),
# so the rules are the serializer's. A column that is not plain (missing, null or blank values,
# or one that fails) is checked value by value; a record with a value the checks do not pass
# plainly (missing, blank, mistyped or badly formed, a nested list) goes to the serializer,
# which gives its errors exactly as before. A new field of a kind below needs no change here; a
# field of another kind is left to the serializer (``_FIELD_CHECKS``).

class _Refer(Exception):
    """The quick checks cannot vouch for this value: the serializer decides."""


_SURROGATES = re.compile("[\ud800-\udfff]")


def _compiled(regex) -> re.Pattern:
    """A Django validator's regex compiled now: its lazy one costs a proxy call per use."""
    return re.compile(regex.pattern, regex.flags)


def _email_validator(validator: EmailValidator) -> EmailValidator:
    """``validator`` with its regexes compiled (the same checks, without the lazy proxies)."""
    resolved = copy.copy(validator)
    for name in ("user_regex", "domain_regex", "literal_regex"):
        setattr(resolved, name, _compiled(getattr(validator, name)))
    return resolved


@dataclass(frozen=True)
class _Checks:
    """A field's checks: ``column`` for a whole column of values of the field's JSON type
    (``kind``): the converted values, or None when one of them fails; ``value`` for one value
    of any type (the column of one; raises ``_Refer``)."""

    kind: type
    column: Callable

    def value(self, value):
        if type(value) is not self.kind:
            raise _Refer
        checked = self.column([value])
        if checked is None:
            raise _Refer
        return checked[0]


def _text(field: serializers.CharField) -> _Checks:
    regexes = [v for v in field.validators if isinstance(v, RegexValidator)]
    if any(v.inverse_match for v in regexes):
        return _REFER
    patterns = [_compiled(v.regex) for v in regexes]
    email = [_email_validator(v) for v in field.validators if isinstance(v, EmailValidator)]
    trim = field.trim_whitespace
    longest = field.max_length if field.max_length is not None else float("inf")
    shortest = field.min_length or 1

    def column(texts):
        if trim:
            texts = list(map(str.strip, texts))
        lengths = list(map(len, texts))
        if min(lengths) < shortest or max(lengths) > longest:
            return None
        joined = "".join(texts)
        if "\x00" in joined or (not joined.isascii() and _SURROGATES.search(joined)):
            return None
        if not all(all(map(pattern.search, texts)) for pattern in patterns):
            return None
        try:
            for validator in email:
                for text in texts:
                    validator(text)
        except DjangoValidationError:
            return None
        return texts
    return _Checks(str, column)


def _integer(field: serializers.IntegerField) -> _Checks:
    low, high = field.min_value, field.max_value

    def column(numbers):
        if (low is not None and min(numbers) < low) or (high is not None and max(numbers) > high):
            return None
        if high is None and max(map(abs, numbers)) > 10**900:
            return None
        return numbers
    return _Checks(int, column)


def _choice(field: serializers.ChoiceField) -> _Checks:
    choices = field.choice_strings_to_values
    named = {key for key, choice in choices.items() if isinstance(choice, str)}

    def column(keys):
        return list(map(choices.__getitem__, keys)) if named.issuperset(keys) else None
    return _Checks(str, column)


def _boolean(field) -> _Checks:
    return _Checks(bool, lambda flags: flags)


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(field: serializers.DateField) -> _Checks:
    def column(texts):
        if not all(map(_ISO_DATE.fullmatch, texts)):
            return None
        try:
            return list(map(dt.date.fromisoformat, texts))
        except ValueError:
            return None
    return _Checks(str, column)


class _NoJSONType:
    """The kind of a field left to the serializer: no JSON value is of it."""


_REFER = _Checks(_NoJSONType, lambda values: None)

# The field kinds checked quickly, most specific first; any other kind refers the record.
_FIELD_CHECKS = [(StrictCharField, _text), (StrictRegexField, _text), (StrictEmailField, _text),
                 (StrictIntegerField, _integer), (StrictBooleanField, _boolean),
                 (serializers.DateField, _date), (StrictChoiceField, _choice)]

class _Missing:
    """The value of a field a record does not give."""


_MISSING = _Missing()
_SKIP = object()  # a field the record's values do not have


@functools.cache
def _field_specs(serializer_class) -> list[tuple]:
    """The checks of a serializer's fields, built once per class (building them reads the
    serializer's fields and compiles their patterns: some milliseconds, each request): for each
    field (name, ``_Checks``, required, allow_null, blank: "" | "trim" | None, default)."""
    serializer = serializer_class()
    # A serializer with checks of its own beyond its fields': every record goes to it.
    plain = (serializer_class.validate is serializers.Serializer.validate
             and not serializer.validators
             and not any(n.startswith("validate_") and not hasattr(serializers.Serializer, n)
                         for n in dir(serializer_class)))
    specs = []
    for name, field in serializer.fields.items():
        checks = next((make(field) for kind, make in _FIELD_CHECKS
                       if type(field) is kind), _REFER) if plain else _REFER
        blank = None
        if isinstance(field, serializers.CharField) and field.allow_blank:
            blank = "trim" if field.trim_whitespace else ""
        specs.append((name, checks, field.required or not plain, field.allow_null, blank,
                      field.default))
    return specs


class SyncRecordChecker:
    """Checks the records of a batch against ``SyncRecordSerializer``'s fields."""

    def __init__(self, serializer_class=SyncRecordSerializer) -> None:
        self.serializer = serializer_class()  # for the records the checks refer to it
        self.fields = _field_specs(serializer_class)

    def check(self, raw) -> dict:
        """One record's validated values, as the serializer would give them; raises DRF's
        ``ValidationError`` with the serializer's errors for a record that fails."""
        (outcome,) = self.check_batch([raw])
        if isinstance(outcome, ValidationError):
            raise outcome
        return outcome

    def check_batch(self, raws: list) -> list[dict | ValidationError]:
        """Each record's validated values, as the serializer would give them, or DRF's
        ``ValidationError`` with the serializer's errors for a record that fails."""
        referred = [type(raw) is not dict for raw in raws]
        records = [{} if refer else raw for raw, refer in zip(raws, referred, strict=True)]
        columns = [(spec[0], self._column(spec, records, referred)) for spec in self.fields]
        given = [(name, values) for name, values in columns if values is not None]
        whole = [(name, values) for name, values in given if _SKIP not in values]
        names = [name for name, _ in whole]
        per_record = zip(*(values for _, values in whole), strict=True)
        rows = (list(map(dict, map(zip, repeat(names), per_record))) if whole
                else [{} for _ in raws])
        for name, values in given:
            if _SKIP in values:
                for row, value in zip(rows, values, strict=True):
                    if value is not _SKIP:
                        row[name] = value
        return [self._serializer_outcome(raw) if refer else row
                for raw, refer, row in zip(raws, referred, rows, strict=True)]

    def _serializer_outcome(self, raw) -> dict | ValidationError:
        try:
            return self.serializer.run_validation(raw)
        except ValidationError as exc:
            return exc

    def _column(self, spec, records: list[dict], referred: list[bool]) -> list | None:
        """A field's values in every record (``_SKIP`` where a record has none; None when no
        record has any), marking in ``referred`` the records the serializer must check."""
        name, checks, required, allow_null, blank, default = spec
        given = list(map(dict.get, records, repeat(name), repeat(_MISSING)))
        kinds = set(map(type, given))
        if kinds == {checks.kind} and (
                blank is None or all(map(str.strip, given) if blank == "trim" else given)):
            values = checks.column(given)  # the common case: a value of its type everywhere
            if values is not None:
                return values
        if kinds == {_Missing} and not required and default is empty:
            return None  # no record gives the field
        values = []
        for index, value in enumerate(given):
            if value is _MISSING:
                if required:
                    referred[index] = True
                values.append(_SKIP if default is empty
                              else default() if callable(default) else default)
            elif value is None:
                referred[index] = referred[index] or not allow_null
                values.append(None)
            elif blank is not None and type(value) is str and (
                    value == "" or (blank == "trim" and not value.strip())):
                values.append("")
            else:
                try:
                    values.append(checks.value(value))
                except _Refer:
                    referred[index] = True
                    values.append(_SKIP)
        return values
