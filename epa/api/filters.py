"""The base FilterSet of the API: each query parameter takes one value.

Django's ``QueryDict`` silently keeps the last of repeated values (``?level=4&level=5`` would
filter on 5). The schema declares every filter as a single value, so a repeated one is a 400
naming the parameter, code ``multiple_values``. The code is in each form field's
``error_messages``, where drf-standardized-errors finds it for the schema.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from drf_spectacular.utils import extend_schema_field

MAX_ID = 2**63 - 1
MULTIPLE_VALUES = "multiple_values"
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
