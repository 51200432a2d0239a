"""The base FilterSet of the API: each query parameter takes one value.

Django's ``QueryDict`` silently keeps the last of repeated values (``?level=4&level=5`` would
filter on 5). The schema declares every filter as a single value, so a repeated one is a 400
naming the parameter, code ``multiple_values``. The code is in each form field's
``error_messages``, where drf-standardized-errors finds it for the schema.
"""

from __future__ import annotations

import datetime as dt

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from drf_spectacular.utils import extend_schema_field
from rest_framework import exceptions, serializers
from rest_framework.exceptions import ErrorDetail

from epa.core.codes import define

MAX_ID = 2**63 - 1
MULTIPLE_VALUES = define("http", 400, "multiple_values")
INVALID = define("http", 400, "invalid")
MULTIPLE_VALUES_MESSAGE = "Give this parameter once."


class SingleValuedForm(forms.Form):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages.setdefault(MULTIPLE_VALUES, MULTIPLE_VALUES_MESSAGE)

    def clean(self) -> dict:
        getlist = getattr(self.data, "getlist", None)
        if getlist is not None:
            for name, field in self.fields.items():
                if len(getlist(self.add_prefix(name))) > 1:
                    self.add_error(name, ValidationError(
                        field.error_messages[MULTIPLE_VALUES], code=MULTIPLE_VALUES))
        return super().clean()


class FilterSet(django_filters.FilterSet):
    def get_form_class(self) -> type[forms.Form]:
        form_class = super().get_form_class()
        return type(form_class.__name__, (SingleValuedForm, form_class), {})


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(django_filters.NumberFilter):
    """An object id: a whole number from 1 to the largest id the database can hold."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


# PostgreSQL takes time-zone offsets up to 15:59 either way; Python's parser takes up to 23:59.
MAX_UTC_OFFSET = dt.timedelta(hours=15, minutes=59)


class IsoDateTimeField(django_filters.fields.IsoDateTimeField):
    """An ISO 8601 date and time whose offset the database can hold, given to it in UTC."""

    def to_python(self, value):
        parsed = super().to_python(value)
        if parsed is None:
            return None
        if abs(parsed.utcoffset()) > MAX_UTC_OFFSET:
            raise ValidationError("Give a time-zone offset from -15:59 to +15:59.",
                                  code=INVALID)
        try:
            return parsed.astimezone(dt.UTC)
        except OverflowError:  # 0001-01-01T00:00+01:00 is before year 1 in UTC
            raise ValidationError(self.error_messages["invalid"], code=INVALID) from None


class IsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    """A date and time in ISO 8601, e.g. ``2025-10-01T09:00:00+01:00``. An offset beyond
    +/-15:59 (no time zone has one) is a 400 ``invalid`` naming the parameter."""

    field_class = IsoDateTimeField


def validated_query(request, serializer_class: type[serializers.Serializer]) -> dict:
    """The query parameters a serializer declares, validated as filters are: each given at
    most once (``multiple_values``), and an empty value is a value (``?gateway_date=`` is a 400
    ``invalid``, where DRF's form handling would take it as not given)."""
    params = request.query_params
    fields = serializer_class().fields
    errors = {name: [ErrorDetail(MULTIPLE_VALUES_MESSAGE, code=MULTIPLE_VALUES)]
              for name in fields if len(params.getlist(name)) > 1}
    if errors:
        raise exceptions.ValidationError(errors)
    serializer = serializer_class(data={name: params[name] for name in fields if name in params})
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data
