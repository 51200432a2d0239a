"""Request bodies take the JSON types the schema states (``epa.api.fields``): no coercion."""

import pytest
from rest_framework import serializers

from epa.api import fields

# DRF fields that turn a value of another JSON type into theirs, and the strict one to use.
COERCING = {
    serializers.CharField: fields.StrictStringMixin,
    serializers.IntegerField: fields.StrictIntegerField,
    serializers.FloatField: None,
    serializers.BooleanField: fields.StrictBooleanField,
    serializers.ChoiceField: fields.StrictChoiceField,
    serializers.PrimaryKeyRelatedField: fields.StrictPrimaryKeyRelatedField,
}


def request_fields() -> list[tuple[str, serializers.Field]]:
    """Every field of every request body of the schema, nested ones included, as the schema
    generator meets them."""
    from drf_spectacular.generators import SchemaGenerator

    from epa.api.openapi import AutoSchema

    found = []
    original = AutoSchema._map_serializer_field

    def record(schema, field, direction, bypass_extensions=False):
        # The DfE surface (/api/dfe/) documents DfE's own shapes with its serializers but never
        # validates with them: epa.dfe reads the items in DfE's terms and messages (tests/dfe).
        if (direction == "request" and not field.read_only and schema.method != "GET"
                and not schema.path.startswith("/api/dfe/")):
            found.append((f"{schema.method} {schema.path}", field))
        return original(schema, field, direction, bypass_extensions)

    AutoSchema._map_serializer_field = record
    try:
        SchemaGenerator().get_schema(request=None, public=True)
    finally:
        AutoSchema._map_serializer_field = original
    return found


def test_no_request_field_coerces_another_json_type():
    found = request_fields()
    assert len(found) > 50, "the generator was not observed"
    coercing = [
        f"{operation}: {field.parent.__class__.__name__}.{field.field_name} is a "
        f"{type(field).__name__}"
        for operation, field in found
        for drf_class, strict in COERCING.items()
        if isinstance(field, drf_class) and not (strict and isinstance(field, strict))
    ]
    assert not coercing, "use epa.api.fields:\n" + "\n".join(sorted(set(coercing)))


@pytest.mark.parametrize(("field", "value"), [
    (fields.StrictIntegerField(), 1.0), (fields.StrictIntegerField(), 1.5),
    (fields.StrictIntegerField(), "1"), (fields.StrictIntegerField(), True),
    (fields.StrictCharField(), 0), (fields.StrictCharField(), False),
    (fields.StrictBooleanField(), 0), (fields.StrictBooleanField(), "true"),
    (fields.StrictChoiceField(choices=[1, 2]), "1"),
    (fields.StrictChoiceField(choices=["1", "2"]), 1),
    (fields.StrictChoiceField(choices=["a"]), ["a"]),
])
def test_a_value_of_another_json_type_is_refused(field, value):
    with pytest.raises(serializers.ValidationError):
        field.run_validation(value)
