"""The schema class: it declares the error responses (``epa.api.error_schemas``), the
pagination's 400s and what django-filter does with query parameters; and the hooks."""

from drf_spectacular.plumbing import force_instance
from drf_spectacular.utils import OpenApiParameter
from drf_standardized_errors.openapi import AutoSchema as StandardizedErrorsAutoSchema
from drf_standardized_errors.openapi_utils import (
    get_flat_serializer_fields,
    get_serializer_fields_with_error_codes,
)
from rest_framework import serializers

from epa.api.concurrency import IF_MATCH, INVALID_IF_MATCH
from epa.api.error_schemas import NO_NUL_PATTERN, NOT_BLANK_PATTERN
from epa.api.feed import ChangeFeedPagination
from epa.api.pagination import PageNumberPagination

_BODY_METHODS = {"POST", "PUT", "PATCH"}


class AutoSchema(StandardizedErrorsAutoSchema):
    def get_paginated_name(self, serializer_name: str) -> str:
        """A change-feed page has its own shape, so its own component name."""
        if isinstance(self._get_paginator(), ChangeFeedPagination):
            return f"{serializer_name}ChangeFeedPage"
        return super().get_paginated_name(serializer_name)

    def _map_serializer_field(self, field, direction, bypass_extensions=False):
        """Text fields in requests say what DRF accepts: no NUL, and not only white space
        unless blank is allowed (the schema alone would let both through); a decimal that
        cannot be negative has no sign in its pattern."""
        schema = super()._map_serializer_field(field, direction, bypass_extensions)
        if (isinstance(field, serializers.DecimalField) and field.min_value is not None
                and field.min_value >= 0 and schema.get("pattern", "").startswith("^-?")):
            # A decimal given as a string: its pattern allows no sign when it cannot be
            # negative (drf-spectacular's allows one whatever the minimum).
            schema["pattern"] = "^" + schema["pattern"][len("^-?"):]
        if (direction == "request" and isinstance(field, serializers.CharField)
                and schema.get("type") == "string"
                and not {"enum", "pattern", "format"} & set(schema)):
            schema["pattern"] = NO_NUL_PATTERN if field.allow_blank else NOT_BLANK_PATTERN
        return schema

    def _should_add_error_response(self, responses: dict, status_code: str) -> bool:
        if status_code == "413":
            return self.method in _BODY_METHODS and status_code not in responses
        return super()._should_add_error_response(responses, status_code)

    def _get_filter_parameters(self) -> list[dict]:
        """Declare what django-filter does with query parameters.

        A filter given empty is ignored (``?level=`` filters nothing, as an HTML filter form
        sends it): ``allowEmptyValue``. A text filter refuses NUL characters (400
        ``null_characters_not_allowed``): a pattern without NUL on free text.
        """
        parameters = super()._get_filter_parameters()
        for parameter in parameters:
            if parameter["in"] != "query":
                continue
            parameter["allowEmptyValue"] = True
            schema = parameter["schema"]
            if schema.get("type") == "string" and not {"enum", "pattern", "format"} & set(schema):
                schema["pattern"] = NO_NUL_PATTERN
        return parameters

    def _get_extra_validation_errors(self) -> dict[str, set[str]]:
        """Add the 400s for a bad ``page`` or ``page_size`` to every paginated list, and for
        an ``If-Match`` that is not an ETag to every operation that reads one."""
        extra = super()._get_extra_validation_errors()
        paginator = self._get_paginator() if self._is_list_view() else None
        if isinstance(paginator, PageNumberPagination):
            for name, codes in paginator.error_codes().items():
                extra.setdefault(name, set()).update(codes)
        if self.method in _BODY_METHODS:
            for name, codes in _nested_serializer_errors(self.get_request_serializer()).items():
                extra.setdefault(name, set()).update(codes)
        for parameter in self.get_override_parameters():
            # A query serializer (``parameters=[SomeQuerySerializer]``): its fields' 400s.
            query = parameter() if isinstance(parameter, type) else parameter
            if isinstance(query, serializers.Serializer):
                for field in get_serializer_fields_with_error_codes(
                        get_flat_serializer_fields(query)):
                    extra.setdefault(field.name, set()).update(field.error_codes)
        if any(isinstance(parameter, OpenApiParameter) and parameter.name == IF_MATCH
               and parameter.location == OpenApiParameter.HEADER
               for parameter in self.get_override_parameters()):
            extra.setdefault(IF_MATCH, set()).add(INVALID_IF_MATCH)
        return extra


def _nested_serializer_errors(serializer, prefix: str = "") -> dict[str, set[str]]:
    """The codes DRF gives a nested serializer (``learner``) or list of them (``changes``) at
    its own name and at each item's (``changes.0``), which drf-standardized-errors does not
    collect: it declares them at ``<name>.non_field_errors`` only, where DRF puts the others."""
    serializer = force_instance(serializer)
    found: dict[str, set[str]] = {}
    if not isinstance(serializer, serializers.Serializer):
        return found
    for name, field in serializer.fields.items():
        if field.read_only or not isinstance(field, serializers.BaseSerializer):
            continue
        path = f"{prefix}{name}"
        codes = found.setdefault(path, set())
        if field.required:
            codes.add("required")
        if not field.allow_null:
            codes.add("null")
        child = field
        if isinstance(field, serializers.ListSerializer):
            child = field.child
            path = f"{path}.INDEX"
            if not child.allow_null:
                found.setdefault(path, set()).add("null")
        for nested, nested_codes in _nested_serializer_errors(child, f"{path}.").items():
            found.setdefault(nested, set()).update(nested_codes)
    return {name: codes for name, codes in found.items() if codes}


def declare_rule_errors(codes_by_field: dict[str, list[str]], **scope):
    """Declare the validation error codes a view's business rules give, field by field.

    One declaration per field and scope: drf-standardized-errors keeps only the last one.
    """
    from drf_standardized_errors.openapi_validation_errors import extend_validation_errors

    def decorate(view):
        for field, codes in codes_by_field.items():
            view = extend_validation_errors(codes, field_name=field, **scope)(view)
        return view

    return decorate


def postprocess_list_index_attrs(result, generator, request, public):
    """Error ``attr`` values inside lists carry the item's index (``achievements.0.level``);
    drf-standardized-errors writes them as ``achievements.INDEX.level`` in an enum. Replace such
    enums with the pattern the real values match, and drop the discriminator of their union: its
    mapping names ``achievements.INDEX.level``, which no error has, so a client resolving
    ``achievements.0.level`` through it would fail (each alternative's ``attr`` still tells
    them apart for ``oneOf``)."""
    import re

    for component in result.get("components", {}).get("schemas", {}).values():
        mapping = component.get("discriminator", {}).get("mapping", {})
        if any(".INDEX" in key for key in mapping):
            component.pop("discriminator")
        attr = component.get("properties", {}).get("attr")
        values = attr.get("enum") if isinstance(attr, dict) else None
        if values and any(".INDEX" in str(v) for v in values):
            attr.pop("enum")
            attr["pattern"] = "^(" + "|".join(
                re.escape(str(v)).replace("INDEX", "[0-9]+") for v in values) + ")$"
    return result


REQUEST_ID_EXAMPLE = "4bf92f3577b34da6a3ce929d0e0e4736"
REQUEST_ID_SCHEMA = {
    "type": "string",
    "description": "The request's id, as in the response's `X-Request-ID` header: the "
                   "client's own when it sent a valid one (1 to 128 of `A-Z a-z 0-9 . _ : + / "
                   "= -`), otherwise generated. Quote it when reporting an error.",
}


def _is_error_shape(component: dict) -> bool:
    return {"type", "errors"} <= set(component.get("properties", {}))


def postprocess_error_request_id(result, generator, request, public):
    """Every error shape (``type``, ``errors``) also has the request's ``request_id``
    (``epa.api.errors``): the error components, whichever built them (this project's
    per-status ones, drf-standardized-errors' 400s), and their examples."""
    for component in result.get("components", {}).get("schemas", {}).values():
        if _is_error_shape(component):
            component["properties"]["request_id"] = dict(REQUEST_ID_SCHEMA)
            component["required"] = sorted({*component.get("required", []), "request_id"})
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            for response in operation.get("responses", {}).values():
                for media in response.get("content", {}).values():
                    for example in media.get("examples", {}).values():
                        value = example.get("value")
                        if isinstance(value, dict) and {"type", "errors"} <= set(value):
                            value["request_id"] = REQUEST_ID_EXAMPLE
    return result
