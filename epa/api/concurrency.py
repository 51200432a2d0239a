"""``If-Match`` and ``ETag`` for the flows' writes: reading the header, and the schema pieces."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse

from epa.api.openapi import ErrorResponse409Serializer, ErrorResponse412Serializer
from epa.domain import StaleVersion


def if_match_version(request) -> int | None:
    """The version named by ``If-Match`` (``"3"``, ``W/"3"`` or ``*``), or None if absent."""
    header = request.headers.get("If-Match", "").strip()
    if not header or header == "*":
        return None
    value = header.removeprefix("W/").strip('"')
    if not value.isdigit():
        raise StaleVersion(expected=-1, current=-1) from None
    return int(value)


def if_match_parameter(what: str, required_to_change: bool = False) -> OpenApiParameter:
    rule = ("required to change an existing one (428 `if_match_required` without it)"
            if required_to_change else "optional")
    return OpenApiParameter(
        "If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER, required=False,
        description=f"The `ETag` of the {what} as you read it, e.g. `\"3\"`; {rule}. A write "
                    f"is refused with 412 `version_mismatch` if the {what} has changed since.")


def etag_parameter(what: str) -> OpenApiParameter:
    return OpenApiParameter("ETag", OpenApiTypes.STR, OpenApiParameter.HEADER, response=True,
                            description=f"The {what}'s version, to send back as `If-Match`.")


def conflict_responses(what: str) -> dict:
    """The 409 and 412 of a write to a versioned resource."""
    return {409: OpenApiResponse(ErrorResponse409Serializer,
                                 description=f"Not allowed in the {what}'s current state."),
            412: OpenApiResponse(ErrorResponse412Serializer,
                                 description="`If-Match` names an older version.")}
