from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_v1_apprenticeships_gateway_evidence_destroy_validation_error import (
    ApiV1ApprenticeshipsGatewayEvidenceDestroyValidationError,
)
from ...models.error_response_401 import ErrorResponse401
from ...models.error_response_403 import ErrorResponse403
from ...models.error_response_404 import ErrorResponse404
from ...models.error_response_405 import ErrorResponse405
from ...models.error_response_406 import ErrorResponse406
from ...models.error_response_409 import ErrorResponse409
from ...models.error_response_412 import ErrorResponse412
from ...models.error_response_415 import ErrorResponse415
from ...models.error_response_429 import ErrorResponse429
from ...models.error_response_500 import ErrorResponse500
from ...models.error_response_503 import ErrorResponse503
from ...models.gateway import Gateway
from ...models.parse_error_response import ParseErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    apprenticeship_pk: int,
    evidence_pk: int,
    *,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/apprenticeships/{apprenticeship_pk}/gateway/evidence/{evidence_pk}/".format(
            apprenticeship_pk=quote(str(apprenticeship_pk), safe=""),
            evidence_pk=quote(str(evidence_pk), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiV1ApprenticeshipsGatewayEvidenceDestroyValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse412
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | Gateway
    | None
):
    if response.status_code == 200:
        response_200 = Gateway.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(
            data: object,
        ) -> ApiV1ApprenticeshipsGatewayEvidenceDestroyValidationError | ParseErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_apprenticeships_gateway_evidence_destroy_error_response_400_type_0 = (
                    ApiV1ApprenticeshipsGatewayEvidenceDestroyValidationError.from_dict(data)
                )

                return componentsschemas_api_v1_apprenticeships_gateway_evidence_destroy_error_response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_api_v1_apprenticeships_gateway_evidence_destroy_error_response_400_type_1 = (
                ParseErrorResponse.from_dict(data)
            )

            return componentsschemas_api_v1_apprenticeships_gateway_evidence_destroy_error_response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = ErrorResponse405.from_dict(response.json())

        return response_405

    if response.status_code == 406:
        response_406 = ErrorResponse406.from_dict(response.json())

        return response_406

    if response.status_code == 409:
        response_409 = ErrorResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = ErrorResponse412.from_dict(response.json())

        return response_412

    if response.status_code == 415:
        response_415 = ErrorResponse415.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = ErrorResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ApiV1ApprenticeshipsGatewayEvidenceDestroyValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse412
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | Gateway
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    apprenticeship_pk: int,
    evidence_pk: int,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
) -> Response[
    ApiV1ApprenticeshipsGatewayEvidenceDestroyValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse412
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | Gateway
]:
    """Remove an item of evidence

     The provider or employer, while the gateway is a draft or has failed.

    Args:
        apprenticeship_pk (int):
        evidence_pk (int):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiV1ApprenticeshipsGatewayEvidenceDestroyValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse409 | ErrorResponse412 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | Gateway]
    """

    kwargs = _get_kwargs(
        apprenticeship_pk=apprenticeship_pk,
        evidence_pk=evidence_pk,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    apprenticeship_pk: int,
    evidence_pk: int,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
) -> (
    ApiV1ApprenticeshipsGatewayEvidenceDestroyValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse412
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | Gateway
    | None
):
    """Remove an item of evidence

     The provider or employer, while the gateway is a draft or has failed.

    Args:
        apprenticeship_pk (int):
        evidence_pk (int):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiV1ApprenticeshipsGatewayEvidenceDestroyValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse409 | ErrorResponse412 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | Gateway
    """

    return sync_detailed(
        apprenticeship_pk=apprenticeship_pk,
        evidence_pk=evidence_pk,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    apprenticeship_pk: int,
    evidence_pk: int,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
) -> Response[
    ApiV1ApprenticeshipsGatewayEvidenceDestroyValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse412
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | Gateway
]:
    """Remove an item of evidence

     The provider or employer, while the gateway is a draft or has failed.

    Args:
        apprenticeship_pk (int):
        evidence_pk (int):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiV1ApprenticeshipsGatewayEvidenceDestroyValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse409 | ErrorResponse412 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | Gateway]
    """

    kwargs = _get_kwargs(
        apprenticeship_pk=apprenticeship_pk,
        evidence_pk=evidence_pk,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    apprenticeship_pk: int,
    evidence_pk: int,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
) -> (
    ApiV1ApprenticeshipsGatewayEvidenceDestroyValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse412
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | Gateway
    | None
):
    """Remove an item of evidence

     The provider or employer, while the gateway is a draft or has failed.

    Args:
        apprenticeship_pk (int):
        evidence_pk (int):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiV1ApprenticeshipsGatewayEvidenceDestroyValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse409 | ErrorResponse412 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | Gateway
    """

    return (
        await asyncio_detailed(
            apprenticeship_pk=apprenticeship_pk,
            evidence_pk=evidence_pk,
            client=client,
            if_match=if_match,
        )
    ).parsed
