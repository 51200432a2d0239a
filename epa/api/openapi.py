"""Schema pieces: the error responses for 403, 409, 413, 422 and 503, and the schema class that
declares them, the pagination's 400s and what django-filter does with query parameters."""

from django.db import models
from drf_spectacular.plumbing import force_instance
from drf_spectacular.utils import OpenApiParameter
from drf_standardized_errors.openapi import AutoSchema as StandardizedErrorsAutoSchema
from drf_standardized_errors.openapi_serializers import ClientErrorEnum, ServerErrorEnum
from rest_framework import serializers

from epa.api.pagination import PageNumberPagination


class ErrorCode403Enum(models.TextChoices):
    PERMISSION_DENIED = "permission_denied"
    INSUFFICIENT_SCOPE = "insufficient_scope"
    ROLE_REQUIRED = "role_required"
    CSRF_FAILED = "csrf_failed"
    NOT_THE_ASSIGNED_ASSESSOR = "not_the_assigned_assessor"
    QUALITY_ASSURER_NOT_INDEPENDENT = "quality_assurer_not_independent"


class ErrorCode409Enum(models.TextChoices):
    IDEMPOTENCY_KEY_IN_PROGRESS = "idempotency_key_in_progress"
    GATEWAY_ALREADY_OPEN = "gateway_already_open"
    GATEWAY_NOT_EDITABLE = "gateway_not_editable"
    GATEWAY_NOT_SUBMITTED = "gateway_not_submitted"
    COMPONENT_NOT_SUBMITTED = "component_not_submitted"
    APPRENTICESHIP_NOT_IN_TRAINING = "apprenticeship_not_in_training"
    EPAO_MISSING = "epao_missing"
    # the EPA
    GATEWAY_NOT_PASSED = "gateway_not_passed"
    ASSESSMENT_EXISTS = "assessment_exists"
    NO_ASSESSMENT_PLAN = "no_assessment_plan"
    RESULT_LOCKED = "result_locked"
    ASSESSMENT_NOT_IN_PROGRESS = "assessment_not_in_progress"
    METHOD_CARRIED = "method_carried"
    METHOD_ALREADY_GRADED = "method_already_graded"
    METHOD_NOT_BOOKED = "method_not_booked"
    RESULT_NOT_PROVISIONAL = "result_not_provisional"
    NOT_A_FAILED_RESULT = "not_a_failed_result"
    ATTEMPT_LIMIT_REACHED = "attempt_limit_reached"
    RESIT_WINDOW_CLOSED = "resit_window_closed"
    RESULT_NOT_RELEASED = "result_not_released"
    APPEAL_WINDOW_CLOSED = "appeal_window_closed"
    HIGHEST_GRADE_AWARDED = "highest_grade_awarded"
    APPEAL_PENDING = "appeal_pending"
    APPEAL_DECIDED = "appeal_decided"


class ErrorCode412Enum(models.TextChoices):
    VERSION_MISMATCH = "version_mismatch"


class ErrorCode428Enum(models.TextChoices):
    IF_MATCH_REQUIRED = "if_match_required"


class ErrorCode413Enum(models.TextChoices):
    REQUEST_TOO_LARGE = "request_too_large"


class ErrorCode422Enum(models.TextChoices):
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"


class ErrorCode503Enum(models.TextChoices):
    DATABASE_UNAVAILABLE = "database_unavailable"


def _error_response_serializer(status_code: int, codes: type[models.TextChoices],
                               error_types: type[models.TextChoices] = ClientErrorEnum) -> type:
    """``ErrorResponse<status>Serializer``: the project's error shape with these codes."""
    error = type(f"Error{status_code}Serializer", (serializers.Serializer,), {
        "code": serializers.ChoiceField(choices=codes.choices),
        "detail": serializers.CharField(),
        "attr": serializers.CharField(allow_null=True),
        "__module__": __name__,
    })
    return type(f"ErrorResponse{status_code}Serializer", (serializers.Serializer,), {
        "type": serializers.ChoiceField(choices=error_types.choices),
        "errors": error(many=True),
        "__module__": __name__,
    })


ErrorResponse403Serializer = _error_response_serializer(403, ErrorCode403Enum)
ErrorResponse409Serializer = _error_response_serializer(409, ErrorCode409Enum)
ErrorResponse412Serializer = _error_response_serializer(412, ErrorCode412Enum)
ErrorResponse413Serializer = _error_response_serializer(413, ErrorCode413Enum)
ErrorResponse428Serializer = _error_response_serializer(428, ErrorCode428Enum)
ErrorResponse422Serializer = _error_response_serializer(422, ErrorCode422Enum)
# Any operation may meet the database gone: declared for every one.
ErrorResponse503Serializer = _error_response_serializer(503, ErrorCode503Enum, ServerErrorEnum)


_BODY_METHODS = {"POST", "PUT", "PATCH"}
# Text without NUL characters, which Django's form and DRF's text fields refuse.
NO_NUL_PATTERN = r"^[^\x00]*$"
# ...and, for text that may not be blank, with something besides white space (DRF trims it).
NOT_BLANK_PATTERN = r"^[^\x00]*[^\x00\s][^\x00]*$"


class AutoSchema(StandardizedErrorsAutoSchema):
    def get_paginated_name(self, serializer_name: str) -> str:
        """A change-feed page has its own shape, so its own component name."""
        from epa.api.feed import ChangeFeedPagination

        if isinstance(self._get_paginator(), ChangeFeedPagination):
            return f"{serializer_name}ChangeFeedPage"
        return super().get_paginated_name(serializer_name)

    def _map_serializer_field(self, field, direction, bypass_extensions=False):
        """Text fields in requests say what DRF accepts: no NUL, and not only white space
        unless blank is allowed (the schema alone would let both through)."""
        schema = super()._map_serializer_field(field, direction, bypass_extensions)
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
        from epa.api.concurrency import IF_MATCH, INVALID_IF_MATCH

        extra = super()._get_extra_validation_errors()
        paginator = self._get_paginator() if self._is_list_view() else None
        if isinstance(paginator, PageNumberPagination):
            for name, codes in paginator.error_codes().items():
                extra.setdefault(name, set()).update(codes)
        if self.method in _BODY_METHODS:
            for name, codes in _nested_serializer_errors(self.get_request_serializer()).items():
                extra.setdefault(name, set()).update(codes)
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
