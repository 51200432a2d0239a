"""``If-Match`` and ``ETag`` for the flows' writes: reading the header, and the schema pieces."""

from __future__ import annotations

import re

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import exceptions

from epa.api import error_schemas
from epa.core.codes import define

IF_MATCH = "If-Match"
INVALID_IF_MATCH = define("http", 400, "invalid_if_match", fields=[IF_MATCH])
# An ETag this API gives (``"3"``), weak or not, or the bare number; ASCII digits only (``"²"``
# is a digit to ``str.isdigit`` but not to ``int``), and no more than a version can have.
_VERSION_TAG = re.compile(r'(?:W/)?"([0-9]{1,19})"|([0-9]{1,19})')
IF_MATCH_PATTERN = rf"^(\*|{_VERSION_TAG.pattern})?$"


def if_match_version(request) -> int | None:
    """The version named by ``If-Match`` (``"3"``, ``W/"3"`` or ``*``), or None if absent.
    Anything else is a 400 naming the header: it names no version, so it cannot be stale."""
    header = request.headers.get(IF_MATCH, "")
    if not header or header == "*":
        return None
    match = _VERSION_TAG.fullmatch(header)
    if match is None:
        raise exceptions.ValidationError({IF_MATCH: [exceptions.ErrorDetail(
            'Send the ETag you read, e.g. "3" (or *).', code=INVALID_IF_MATCH)]})
    return int(match.group(1) or match.group(2))


def if_match_parameter(what: str, required_to_change: bool = False) -> OpenApiParameter:
    rule = ("required to change an existing one (428 `if_match_required` without it)"
            if required_to_change else "optional")
    return OpenApiParameter(
        IF_MATCH, OpenApiTypes.STR, OpenApiParameter.HEADER, required=False,
        pattern=IF_MATCH_PATTERN,
        description=f"The `ETag` of the {what} as you read it, e.g. `\"3\"`; {rule}. A write "
                    f"is refused with 412 `version_mismatch` if the {what} has changed since; "
                    f"a value that is not an ETag is a 400 `{INVALID_IF_MATCH}`.")


def etag_parameter(what: str) -> OpenApiParameter:
    return OpenApiParameter("ETag", OpenApiTypes.STR, OpenApiParameter.HEADER, response=True,
                            description=f"The {what}'s version, to send back as `If-Match`.")


def conflict_responses(what: str) -> dict:
    """The 409 and 412 of a write to a versioned resource."""
    return {409: OpenApiResponse(error_schemas.ErrorResponse409Serializer,
                                 description=f"Not allowed in the {what}'s current state."),
            412: OpenApiResponse(error_schemas.ErrorResponse412Serializer,
                                 description="`If-Match` names an older version.")}
