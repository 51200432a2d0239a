from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dfe_error import DfeError
from ...models.error_response_404 import ErrorResponse404
from ...models.error_response_405 import ErrorResponse405
from ...models.error_response_406 import ErrorResponse406
from ...models.error_response_415 import ErrorResponse415
from ...models.error_response_429 import ErrorResponse429
from ...models.error_response_500 import ErrorResponse500
from ...models.error_response_503 import ErrorResponse503
from ...models.parse_error_response import ParseErrorResponse
from ...types import Response


def _get_kwargs(
    uln: str,
    family_name: str,
    standard: str,
    reference: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/dfe/v1/epa/{uln}/{family_name}/{standard}/{reference}".format(
            uln=quote(str(uln), safe=""),
            family_name=quote(str(family_name), safe=""),
            standard=quote(str(standard), safe=""),
            reference=quote(str(reference), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | ParseErrorResponse
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ParseErrorResponse.from_dict(response.json())

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
    Any
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | ParseErrorResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uln: str,
    family_name: str,
    standard: str,
    reference: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | ParseErrorResponse
]:
    """DfE: delete an EPA record

     Removes the outcomes recorded directly (and a certificate not yet submitted). 204 when done.

    Args:
        uln (str):
        family_name (str):
        standard (str):
        reference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DfeError | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | ParseErrorResponse]
    """

    kwargs = _get_kwargs(
        uln=uln,
        family_name=family_name,
        standard=standard,
        reference=reference,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uln: str,
    family_name: str,
    standard: str,
    reference: str,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | ParseErrorResponse
    | None
):
    """DfE: delete an EPA record

     Removes the outcomes recorded directly (and a certificate not yet submitted). 204 when done.

    Args:
        uln (str):
        family_name (str):
        standard (str):
        reference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DfeError | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | ParseErrorResponse
    """

    return sync_detailed(
        uln=uln,
        family_name=family_name,
        standard=standard,
        reference=reference,
        client=client,
    ).parsed


async def asyncio_detailed(
    uln: str,
    family_name: str,
    standard: str,
    reference: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | ParseErrorResponse
]:
    """DfE: delete an EPA record

     Removes the outcomes recorded directly (and a certificate not yet submitted). 204 when done.

    Args:
        uln (str):
        family_name (str):
        standard (str):
        reference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DfeError | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | ParseErrorResponse]
    """

    kwargs = _get_kwargs(
        uln=uln,
        family_name=family_name,
        standard=standard,
        reference=reference,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uln: str,
    family_name: str,
    standard: str,
    reference: str,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | ParseErrorResponse
    | None
):
    """DfE: delete an EPA record

     Removes the outcomes recorded directly (and a certificate not yet submitted). 204 when done.

    Args:
        uln (str):
        family_name (str):
        standard (str):
        reference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DfeError | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | ParseErrorResponse
    """

    return (
        await asyncio_detailed(
            uln=uln,
            family_name=family_name,
            standard=standard,
            reference=reference,
            client=client,
        )
    ).parsed
