"""The error responses of the schema: the codes of each status and the documented error shape
(``ErrorResponse<status>Serializer``), and the patterns of text parameters. Imported by the
HTTP layer's modules and by the schema class (``epa.api.openapi``).

``ErrorCode<status>Enum`` and ``ErrorResponse<status>Serializer`` are built, on first use, from
the error-code registry (``epa.core.codes``): every code defined for the status, by whichever
module raises it. They are built lazily because the registry is whole only once
``CoreConfig.ready`` has imported every app's codes."""

import re

from django.db import models
from drf_standardized_errors.openapi_serializers import ClientErrorEnum, ServerErrorEnum
from rest_framework import serializers

from epa.core import codes as registry


def error_code_enum(status_code: int) -> type[models.TextChoices]:
    """``ErrorCode<status>Enum``: every code defined for the status."""
    return models.TextChoices(f"ErrorCode{status_code}Enum", [
        (code.upper(), code) for code in registry.codes_for_status(status_code)])


def _error_response_serializer(status_code: int) -> type:
    """``ErrorResponse<status>Serializer``: the project's error shape with the status's codes."""
    codes = _built(f"ErrorCode{status_code}Enum")
    error_types = ServerErrorEnum if status_code >= 500 else ClientErrorEnum
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


_BUILDERS = {re.compile(r"ErrorCode([0-9]{3})Enum"): error_code_enum,
             re.compile(r"ErrorResponse([0-9]{3})Serializer"): _error_response_serializer}
_BUILT: dict[str, type] = {}


def _built(name: str) -> type:
    if name not in _BUILT:
        for pattern, build in _BUILDERS.items():
            match = pattern.fullmatch(name)
            if match and registry.codes_for_status(int(match.group(1))):
                _BUILT[name] = build(int(match.group(1)))
                break
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _BUILT[name]


def __getattr__(name: str) -> type:
    """``ErrorCode409Enum``, ``ErrorResponse409Serializer``...: one per status with codes."""
    return _built(name)


# Text without NUL characters, which Django's form and DRF's text fields refuse.
NO_NUL_PATTERN = r"^[^\x00]*$"
# ...and, for text that may not be blank, with something besides white space (DRF trims it).
NOT_BLANK_PATTERN = r"^[^\x00]*[^\x00\s][^\x00]*$"
