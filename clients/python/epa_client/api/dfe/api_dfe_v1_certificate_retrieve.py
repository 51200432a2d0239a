from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dfe_certificate import DfeCertificate
from ...models.dfe_error import DfeError
from ...models.error_response_404 import ErrorResponse404
from ...models.error_response_405 import ErrorResponse405
from ...models.error_response_406 import ErrorResponse406
from ...models.error_response_415 import ErrorResponse415
from ...models.error_response_500 import ErrorResponse500
from ...models.error_response_503 import ErrorResponse503
from ...models.parse_error_response import ParseErrorResponse
from ...types import Response


def _get_kwargs(
    uln: str,
    family_name: str,
    standard: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/dfe/v1/certificate/{uln}/{family_name}/{standard}".format(
            uln=quote(str(uln), safe=""),
            family_name=quote(str(family_name), safe=""),
            standard=quote(str(standard), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | DfeCertificate
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | ParseErrorResponse
    | None
):
    if response.status_code == 200:
        response_200 = DfeCertificate.from_dict(response.json())

        return response_200

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
    | DfeCertificate
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
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
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | DfeCertificate
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | ParseErrorResponse
]:
    """DfE: get a certificate

     The learner's certificate request: 200 with it, 204 when there is none to show (none yet, deleted,
    or an EPA record only).

    Args:
        uln (str):
        family_name (str):
        standard (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DfeCertificate | DfeError | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | ParseErrorResponse]
    """

    kwargs = _get_kwargs(
        uln=uln,
        family_name=family_name,
        standard=standard,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uln: str,
    family_name: str,
    standard: str,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | DfeCertificate
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | ParseErrorResponse
    | None
):
    """DfE: get a certificate

     The learner's certificate request: 200 with it, 204 when there is none to show (none yet, deleted,
    or an EPA record only).

    Args:
        uln (str):
        family_name (str):
        standard (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DfeCertificate | DfeError | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | ParseErrorResponse
    """

    return sync_detailed(
        uln=uln,
        family_name=family_name,
        standard=standard,
        client=client,
    ).parsed


async def asyncio_detailed(
    uln: str,
    family_name: str,
    standard: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | DfeCertificate
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | ParseErrorResponse
]:
    """DfE: get a certificate

     The learner's certificate request: 200 with it, 204 when there is none to show (none yet, deleted,
    or an EPA record only).

    Args:
        uln (str):
        family_name (str):
        standard (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DfeCertificate | DfeError | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | ParseErrorResponse]
    """

    kwargs = _get_kwargs(
        uln=uln,
        family_name=family_name,
        standard=standard,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uln: str,
    family_name: str,
    standard: str,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | DfeCertificate
    | DfeError
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | ParseErrorResponse
    | None
):
    """DfE: get a certificate

     The learner's certificate request: 200 with it, 204 when there is none to show (none yet, deleted,
    or an EPA record only).

    Args:
        uln (str):
        family_name (str):
        standard (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DfeCertificate | DfeError | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | ParseErrorResponse
    """

    return (
        await asyncio_detailed(
            uln=uln,
            family_name=family_name,
            standard=standard,
            client=client,
        )
    ).parsed
