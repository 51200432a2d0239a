from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_v1_certificates_create_validation_error import ApiV1CertificatesCreateValidationError
from ...models.certificate import Certificate
from ...models.certificate_create_request import CertificateCreateRequest
from ...models.error_response_401 import ErrorResponse401
from ...models.error_response_403 import ErrorResponse403
from ...models.error_response_404 import ErrorResponse404
from ...models.error_response_405 import ErrorResponse405
from ...models.error_response_406 import ErrorResponse406
from ...models.error_response_409 import ErrorResponse409
from ...models.error_response_413 import ErrorResponse413
from ...models.error_response_415 import ErrorResponse415
from ...models.error_response_429 import ErrorResponse429
from ...models.error_response_500 import ErrorResponse500
from ...models.error_response_503 import ErrorResponse503
from ...models.parse_error_response import ParseErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CertificateCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/certificates/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiV1CertificatesCreateValidationError
    | ParseErrorResponse
    | Certificate
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | None
):
    if response.status_code == 201:
        response_201 = Certificate.from_dict(response.json())

        return response_201

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ApiV1CertificatesCreateValidationError | ParseErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_certificates_create_error_response_400_type_0 = (
                    ApiV1CertificatesCreateValidationError.from_dict(data)
                )

                return componentsschemas_api_v1_certificates_create_error_response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_api_v1_certificates_create_error_response_400_type_1 = ParseErrorResponse.from_dict(data)

            return componentsschemas_api_v1_certificates_create_error_response_400_type_1

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
    ApiV1CertificatesCreateValidationError
    | ParseErrorResponse
    | Certificate
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
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
    body: CertificateCreateRequest,
) -> Response[
    ApiV1CertificatesCreateValidationError
    | ParseErrorResponse
    | Certificate
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
]:
    """Request a certificate

     After a released (or recorded) pass, an admin of the apprenticeship's EPAO creates its certificate
    request: the learner, standard, version and provider come from the record; the EPAO gives the grade
    (by DfE name; the released result's by default), achievement date, option and postal contact. It is
    `draft` until every mandatory field is given, then `ready`. One per apprenticeship
    (`certificate_exists`); a deleted one is brought back with its reference. The EPAO must be approved
    for the standard version.

    Args:
        body (CertificateCreateRequest): The fields the EPAO gives (the learner, standard and
            provider come from the record).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiV1CertificatesCreateValidationError | ParseErrorResponse | Certificate | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse409 | ErrorResponse413 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503]
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
    body: CertificateCreateRequest,
) -> (
    ApiV1CertificatesCreateValidationError
    | ParseErrorResponse
    | Certificate
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | None
):
    """Request a certificate

     After a released (or recorded) pass, an admin of the apprenticeship's EPAO creates its certificate
    request: the learner, standard, version and provider come from the record; the EPAO gives the grade
    (by DfE name; the released result's by default), achievement date, option and postal contact. It is
    `draft` until every mandatory field is given, then `ready`. One per apprenticeship
    (`certificate_exists`); a deleted one is brought back with its reference. The EPAO must be approved
    for the standard version.

    Args:
        body (CertificateCreateRequest): The fields the EPAO gives (the learner, standard and
            provider come from the record).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiV1CertificatesCreateValidationError | ParseErrorResponse | Certificate | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse409 | ErrorResponse413 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CertificateCreateRequest,
) -> Response[
    ApiV1CertificatesCreateValidationError
    | ParseErrorResponse
    | Certificate
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
]:
    """Request a certificate

     After a released (or recorded) pass, an admin of the apprenticeship's EPAO creates its certificate
    request: the learner, standard, version and provider come from the record; the EPAO gives the grade
    (by DfE name; the released result's by default), achievement date, option and postal contact. It is
    `draft` until every mandatory field is given, then `ready`. One per apprenticeship
    (`certificate_exists`); a deleted one is brought back with its reference. The EPAO must be approved
    for the standard version.

    Args:
        body (CertificateCreateRequest): The fields the EPAO gives (the learner, standard and
            provider come from the record).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiV1CertificatesCreateValidationError | ParseErrorResponse | Certificate | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse409 | ErrorResponse413 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CertificateCreateRequest,
) -> (
    ApiV1CertificatesCreateValidationError
    | ParseErrorResponse
    | Certificate
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | None
):
    """Request a certificate

     After a released (or recorded) pass, an admin of the apprenticeship's EPAO creates its certificate
    request: the learner, standard, version and provider come from the record; the EPAO gives the grade
    (by DfE name; the released result's by default), achievement date, option and postal contact. It is
    `draft` until every mandatory field is given, then `ready`. One per apprenticeship
    (`certificate_exists`); a deleted one is brought back with its reference. The EPAO must be approved
    for the standard version.

    Args:
        body (CertificateCreateRequest): The fields the EPAO gives (the learner, standard and
            provider come from the record).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiV1CertificatesCreateValidationError | ParseErrorResponse | Certificate | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse409 | ErrorResponse413 | ErrorResponse415 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
