"""django-filter FilterSets for the catalogue API. Invalid values are a 400 naming the filter."""

from __future__ import annotations

import django_filters as filters
from django.db.models import Exists, OuterRef, Q, QuerySet
from rest_framework.exceptions import ErrorDetail, ValidationError

from epa.standards.models import (
    KSB,
    Duty,
    KSBKind,
    Option,
    ProgressionRoute,
    Standard,
    StandardStatus,
    StandardVersion,
    parse_version,
)
from epa.standards.selectors import duties_for_option, ksbs_for_option, latest_version

_BOOLEAN_CHOICES = [("true", "true"), ("false", "false")]


class StandardFilter(filters.FilterSet):
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


class VersionScopedFilterSet(filters.FilterSet):
    """Filters for lists under ``/standards/{reference}/``: ``version`` and ``option``.

    The view provides ``standard``; the resolved version is kept on the view as ``version``.
    """

    version = filters.CharFilter(
        method="filter_noop",
        help_text="Standard version such as `1.0`; the latest version when omitted.",
    )

    @property
    def view(self):
        return self.request.parser_context["view"]

    def filter_noop(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset  # applied in filter_queryset, where the standard is known

    def resolve_version(self) -> StandardVersion | None:
        raw = self.form.cleaned_data.get("version")
        standard = self.view.standard
        if not raw:
            return latest_version(standard)
        try:
            major, minor = parse_version(raw)
        except ValueError as exc:
            raise ValidationError(
                {"version": [_error("Enter a version number such as 1.0.", "invalid")]}
            ) from exc
        version = StandardVersion.objects.filter(
            standard=standard, major=major, minor=minor
        ).first()
        if version is None:
            raise ValidationError({"version": [_error(
                f"{standard.reference} has no version {raw}.", "unknown_version")]})
        return version

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        version = self.resolve_version()
        self.view.version = version
        if version is None:
            return queryset.none()
        return super().filter_queryset(queryset.filter(version=version))


class OptionScopedFilterSet(VersionScopedFilterSet):
    option = filters.CharFilter(
        method="filter_noop",
        help_text="Option id or exact title (case-insensitive): only what applies to an "
        "apprentice on that option (the core plus that option).",
    )

    def resolve_option(self, version: StandardVersion) -> Option | None:
        raw = (self.form.cleaned_data.get("option") or "").strip()
        if not raw:
            return None
        options = version.options.all()
        option = (
            options.filter(pk=int(raw)).first() if raw.isdigit()
            else options.filter(Q(title__iexact=raw) | Q(external_id__iexact=raw)).first()
        )
        if option is None:
            titles = ", ".join(o.title for o in options) or "none"
            raise ValidationError({"option": [_error(
                f"{raw!r} is not an option of {version}. Its options: {titles}.",
                "unknown_option")]})
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


def _error(message: str, code: str) -> ErrorDetail:
    return ErrorDetail(message, code=code)
