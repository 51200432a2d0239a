"""The error responses of the schema: the codes of each status and the documented error shape
(``ErrorResponse<status>Serializer``), and the patterns of text parameters. Imported by the
HTTP layer's modules and by the schema class (``epa.api.openapi``)."""

from django.db import models
from drf_standardized_errors.openapi_serializers import ClientErrorEnum, ServerErrorEnum
from rest_framework import serializers


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


# Text without NUL characters, which Django's form and DRF's text fields refuse.
NO_NUL_PATTERN = r"^[^\x00]*$"
# ...and, for text that may not be blank, with something besides white space (DRF trims it).
NOT_BLANK_PATTERN = r"^[^\x00]*[^\x00\s][^\x00]*$"
