"""Request-body fields that take the JSON types the schema states, and nothing else.

DRF coerces: ``1.5`` for an id is option 1 (the ORM truncates it), ``1.0`` or ``"90"`` for an
integer, ``0`` for a text (``"0"``), ``"yes"`` or ``1`` for a boolean, ``"2"`` for a choice of
``2``. The schema allows none of these, so these fields refuse them with the code DRF gives a
value of the wrong kind (``invalid``, ``incorrect_type`` or ``invalid_choice``). A JSON number
with a fraction part, ``1.0`` included, is not an integer (as in OpenAPI 3.0's JSON Schema).

Every serializer of a request body uses them: ``ModelSerializer`` below maps model fields to
them, and declared fields name them. ``tests/api/test_strict_fields.py`` checks that no request
field of the schema is a coercing DRF field.
"""

from __future__ import annotations

from django.db import models
from rest_framework import serializers


def _is_integer(data) -> bool:
    return isinstance(data, int) and not isinstance(data, bool)


class StrictStringMixin:
    def to_internal_value(self, data) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictCharField(StrictStringMixin, serializers.CharField):
    pass


class StrictEmailField(StrictStringMixin, serializers.EmailField):
    pass


class StrictRegexField(StrictStringMixin, serializers.RegexField):
    pass


class StrictIntegerField(serializers.IntegerField):
    def to_internal_value(self, data) -> int:
        if not _is_integer(data):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictBooleanField(serializers.BooleanField):
    def to_internal_value(self, data) -> bool:
        if data is True or data is False:
            return data
        self.fail("invalid", input=data)


class StrictChoiceField(serializers.ChoiceField):
    """A choice given as its own JSON type: ``"2"`` is not the choice ``2``, nor ``1`` ``True``."""

    def to_internal_value(self, data):
        if not (isinstance(data, str) or _is_integer(data)):
            self.fail("invalid_choice", input=data)
        value = super().to_internal_value(data)
        if isinstance(value, str) != isinstance(data, str):
            self.fail("invalid_choice", input=data)
        return value


class StrictPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    def to_internal_value(self, data):
        if not _is_integer(data):
            self.fail("incorrect_type", data_type=type(data).__name__)
        return super().to_internal_value(data)


STRICT_FIELD_MAPPING = {
    **serializers.ModelSerializer.serializer_field_mapping,
    models.CharField: StrictCharField,
    models.TextField: StrictCharField,
    models.EmailField: StrictEmailField,
    models.IntegerField: StrictIntegerField,
    models.BigIntegerField: StrictIntegerField,
    models.SmallIntegerField: StrictIntegerField,
    models.PositiveIntegerField: StrictIntegerField,
    models.PositiveSmallIntegerField: StrictIntegerField,
    models.PositiveBigIntegerField: StrictIntegerField,
    models.BooleanField: StrictBooleanField,
}


# A ModelSerializer whose generated fields are the strict ones. (A comment, not a docstring:
# the schema would take it as the description of every serializer without its own.)
class StrictModelSerializer(serializers.ModelSerializer):
    serializer_field_mapping = STRICT_FIELD_MAPPING
    serializer_related_field = StrictPrimaryKeyRelatedField
    serializer_choice_field = StrictChoiceField
