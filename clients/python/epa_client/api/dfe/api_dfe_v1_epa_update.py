from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_dfe_v1_epa_update_validation_error import ApiDfeV1EpaUpdateValidationError
from ...models.dfe_error import DfeError
from ...models.epa_result import EpaResult
from ...models.error_response_404 import ErrorResponse404
from ...models.error_response_405 import ErrorResponse405
from ...models.error_response_406 import ErrorResponse406
from ...models.error_response_413 import ErrorResponse413
from ...models.error_response_415 import ErrorResponse415
from ...models.error_response_429 import ErrorResponse429
from ...models.error_response_500 import ErrorResponse500
from ...models.error_response_503 import ErrorResponse503
from ...models.parse_error_response import ParseErrorResponse
from ...models.update_epa_item_request import UpdateEpaItemRequest
from ...types import Response


def _get_kwargs(
    *,
    body: list[UpdateEpaItemRequest],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/dfe/v1/epa",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiDfeV1EpaUpdateValidationError
    | ParseErrorResponse
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | list[EpaResult]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EpaResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ApiDfeV1EpaUpdateValidationError | ParseErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_dfe_v1_epa_update_error_response_400_type_0 = (
                    ApiDfeV1EpaUpdateValidationError.from_dict(data)
                )

                return componentsschemas_api_dfe_v1_epa_update_error_response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_api_dfe_v1_epa_update_error_response_400_type_1 = ParseErrorResponse.from_dict(data)

            return componentsschemas_api_dfe_v1_epa_update_error_response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DfeError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DfeError.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorResponse413.from_dict(response.json())

        return response_413

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
    ApiDfeV1EpaUpdateValidationError
    | ParseErrorResponse
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | list[EpaResult]
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[UpdateEpaItemRequest],
) -> Response[
    ApiDfeV1EpaUpdateValidationError
    | ParseErrorResponse
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | list[EpaResult]
]:
    """DfE: update EPA records

     The attempts sent replace those recorded (the resit and retake path: resend every attempt). Not once
    a certificate exists.

    Args:
        body (list[UpdateEpaItemRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDfeV1EpaUpdateValidationError | ParseErrorResponse | DfeError | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse413 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | list[EpaResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[UpdateEpaItemRequest],
) -> (
    ApiDfeV1EpaUpdateValidationError
    | ParseErrorResponse
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | list[EpaResult]
    | None
):
    """DfE: update EPA records

     The attempts sent replace those recorded (the resit and retake path: resend every attempt). Not once
    a certificate exists.

    Args:
        body (list[UpdateEpaItemRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDfeV1EpaUpdateValidationError | ParseErrorResponse | DfeError | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse413 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | list[EpaResult]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[UpdateEpaItemRequest],
) -> Response[
    ApiDfeV1EpaUpdateValidationError
    | ParseErrorResponse
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | list[EpaResult]
]:
    """DfE: update EPA records

     The attempts sent replace those recorded (the resit and retake path: resend every attempt). Not once
    a certificate exists.

    Args:
        body (list[UpdateEpaItemRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDfeV1EpaUpdateValidationError | ParseErrorResponse | DfeError | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse413 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | list[EpaResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[UpdateEpaItemRequest],
) -> (
    ApiDfeV1EpaUpdateValidationError
    | ParseErrorResponse
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | list[EpaResult]
    | None
):
    """DfE: update EPA records

     The attempts sent replace those recorded (the resit and retake path: resend every attempt). Not once
    a certificate exists.

    Args:
        body (list[UpdateEpaItemRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDfeV1EpaUpdateValidationError | ParseErrorResponse | DfeError | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse413 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | list[EpaResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
