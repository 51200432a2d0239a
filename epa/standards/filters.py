"""django-filter FilterSets for the catalogue API. Invalid values are a 400 naming the filter."""

from __future__ import annotations

import re

import django_filters as filters
from django.db.models import Exists, OuterRef, Q, QuerySet
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import ErrorDetail, ValidationError

from epa.api.filters import MAX_ID, FilterSet
from epa.standards.models import (
    KSB,
    Duty,
    KSBKind,
    Option,
    ProgressionRoute,
    Standard,
    StandardStatus,
    StandardVersion,
)
from epa.standards.selectors import duties_for_option, ksbs_for_option

_BOOLEAN_CHOICES = [("true", "true"), ("false", "false")]

# A version number as the schema's pattern ``^\d+\.\d+$`` means it: ASCII digits only (Python's
# ``\d`` also takes other scripts' digits), the whole value.
_VERSION_NUMBER = re.compile(r"[0-9]+\.[0-9]+")
_NUMBER = re.compile(r"[0-9]+")
# Versions and ids are stored as (small/big) integers; larger numbers cannot exist.
_MAX_VERSION_PART = 32767


def parse_version_number(raw: str) -> tuple[int, int] | None:
    """``"1.2"`` -> ``(1, 2)``; None when ``raw`` is not a version number that can exist."""
    if not _VERSION_NUMBER.fullmatch(raw):
        return None
    major, minor = (int(part) for part in raw.split("."))
    if major > _MAX_VERSION_PART or minor > _MAX_VERSION_PART:
        return None
    return major, minor


def parse_id(raw: str) -> int | None:
    """``"12"`` -> ``12``; None unless ``raw`` is ASCII digits within the range of an id."""
    if not _NUMBER.fullmatch(raw):
        return None
    value = int(raw)
    return value if value <= MAX_ID else None


class StandardFilter(FilterSet):
    q = filters.CharFilter(method="filter_q", help_text="Search in reference and title.")
    level = filters.ChoiceFilter(
        choices=[(i, str(i)) for i in range(2, 8)],
        help_text="Level of the occupation, 2 to 7.",
    )
    route = filters.CharFilter(lookup_expr="iexact", help_text="Route name (case-insensitive).")
    status = filters.ChoiceFilter(choices=StandardStatus.choices, help_text="Standard status.")
    has_options = filters.ChoiceFilter(
        choices=_BOOLEAN_CHOICES, method="filter_has_options",
        help_text="`true`: only core-and-options standards; `false`: only those without options.",
    )

    class Meta:
        model = Standard
        fields = ["q", "level", "route", "status", "has_options"]

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        value = value.strip()
        return queryset.filter(Q(reference__icontains=value) | Q(title__icontains=value))

    def filter_has_options(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        with_options = Exists(Option.objects.filter(version__standard=OuterRef("pk")))
        return queryset.filter(with_options if value == "true" else ~with_options)


class VersionScopedFilterSet(FilterSet):
    """Filters for lists under ``/standards/{reference}/``: ``version`` and ``option``.

    The view provides ``standard``; the resolved version is kept on the view as ``version``.
    Which versions and options exist is data, so a well-formed but unknown one is a 400 with
    ``unknown_version`` / ``unknown_option``. The messages live in each filter's
    ``error_messages``, which is also where the schema finds the codes.
    """

    version = extend_schema_field({
        "type": "string", "pattern": r"^\d+\.\d+$", "example": "1.0",
        "description": "Standard version such as `1.0`; the latest version when omitted.",
    })(filters.CharFilter(
        method="filter_noop",
        error_messages={
            "invalid": "Enter a version number such as 1.0.",
            "unknown_version": "{reference} has no version {version}.",
        },
    ))

    @property
    def view(self):
        return self.request.parser_context["view"]

    def filter_noop(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset  # applied in filter_queryset, where the standard is known

    def resolve_version(self) -> StandardVersion | None:
        """The version asked for (the latest when none is), found with the standard in one
        query by the view (``scoped_version``); an unknown standard is a 404 first."""
        raw = self.form.cleaned_data.get("version")
        if not raw:
            return self.view.scoped_version(None)
        if not _VERSION_NUMBER.fullmatch(raw):
            self.view.standard  # noqa: B018  (an unknown standard is a 404 first)
            raise self.filter_error("version", "invalid")
        number = parse_version_number(raw)
        version = self.view.scoped_version(number) if number else None
        if not version:
            raise self.filter_error("version", "unknown_version",
                                    reference=self.view.standard.reference, version=raw)
        return version

    def filter_error(self, name: str, code: str, **params: str) -> ValidationError:
        message = self.form.fields[name].error_messages[code].format(**params)
        return ValidationError({name: [ErrorDetail(message, code=code)]})

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        version = self.resolve_version()
        self.view.version = version
        if version is None:
            return queryset.none()
        return super().filter_queryset(queryset.filter(version=version))


class OptionScopedFilterSet(VersionScopedFilterSet):
    option = extend_schema_field({
        "type": "string", "example": "Production coordinator",
        "description": "Option id or exact title (case-insensitive): only what applies to an "
        "apprentice on that option (the core plus that option).",
    })(filters.CharFilter(
        method="filter_noop",
        error_messages={
            "unknown_option": "{option!r} is not an option of {version}. Its options: {titles}.",
        },
    ))

    def resolve_option(self, version: StandardVersion) -> Option | None:
        raw = (self.form.cleaned_data.get("option") or "").strip()
        if not raw:
            return None
        options = version.options.all()
        if _NUMBER.fullmatch(raw):
            option_id = parse_id(raw)
            option = option_id and options.filter(pk=option_id).first()
        else:
            option = options.filter(Q(title__iexact=raw) | Q(external_id__iexact=raw)).first()
        if not option:
            titles = ", ".join(o.title for o in options) or "none"
            raise self.filter_error("option", "unknown_option",
                                    option=raw, version=str(version), titles=titles)
        return option

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        version = self.view.version
        option = self.resolve_option(version) if version is not None else None
        if option is None:
            return queryset
        return queryset.filter(pk__in=self.applicable(version, option).values("pk"))

    def applicable(self, version: StandardVersion, option: Option) -> QuerySet:
        raise NotImplementedError


class KSBFilter(OptionScopedFilterSet):
    kind = filters.ChoiceFilter(choices=KSBKind.choices, help_text="Knowledge, skill or behaviour.")

    class Meta:
        model = KSB
        fields = ["version", "kind", "option"]

    def applicable(self, version: StandardVersion, option: Option) -> QuerySet:
        return ksbs_for_option(version=version, option=option)


class DutyFilter(OptionScopedFilterSet):
    class Meta:
        model = Duty
        fields = ["version", "option"]

    def applicable(self, version: StandardVersion, option: Option) -> QuerySet:
        return duties_for_option(version=version, option=option)


class ProgressionFilter(VersionScopedFilterSet):
    class Meta:
        model = ProgressionRoute
        fields = ["version"]

