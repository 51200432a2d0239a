from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_v1_apprenticeships_sync_create_validation_error import ApiV1ApprenticeshipsSyncCreateValidationError
from ...models.error_response_401 import ErrorResponse401
from ...models.error_response_403 import ErrorResponse403
from ...models.error_response_404 import ErrorResponse404
from ...models.error_response_405 import ErrorResponse405
from ...models.error_response_406 import ErrorResponse406
from ...models.error_response_409 import ErrorResponse409
from ...models.error_response_413 import ErrorResponse413
from ...models.error_response_415 import ErrorResponse415
from ...models.error_response_422 import ErrorResponse422
from ...models.error_response_429 import ErrorResponse429
from ...models.error_response_500 import ErrorResponse500
from ...models.error_response_503 import ErrorResponse503
from ...models.parse_error_response import ParseErrorResponse
from ...models.sync_request_request import SyncRequestRequest
from ...models.sync_response import SyncResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SyncRequestRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/apprenticeships/sync/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiV1ApprenticeshipsSyncCreateValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse422
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | SyncResponse
    | None
):
    if response.status_code == 200:
        response_200 = SyncResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ApiV1ApprenticeshipsSyncCreateValidationError | ParseErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_apprenticeships_sync_create_error_response_400_type_0 = (
                    ApiV1ApprenticeshipsSyncCreateValidationError.from_dict(data)
                )

                return componentsschemas_api_v1_apprenticeships_sync_create_error_response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_api_v1_apprenticeships_sync_create_error_response_400_type_1 = (
                ParseErrorResponse.from_dict(data)
            )

            return componentsschemas_api_v1_apprenticeships_sync_create_error_response_400_type_1

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

    if response.status_code == 422:
        response_422 = ErrorResponse422.from_dict(response.json())

        return response_422

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
    ApiV1ApprenticeshipsSyncCreateValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse422
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | SyncResponse
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
    body: SyncRequestRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    ApiV1ApprenticeshipsSyncCreateValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse422
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | SyncResponse
]:
    """Sync apprenticeships in bulk

     Create or update up to 1,000 of the caller's apprenticeships (and their learners) in one request,
    keyed by ULN and standard reference. Each record is validated by the same rules as a single write
    and gets its own result, in order: `created`, `updated`, `unchanged` or `error` with its field
    errors; valid records are stored even when others fail. Send an `Idempotency-Key` to make retries
    safe. A provider's admins, staff and keys only (others: 403 `role_required`), for a provider they
    act for (else 400 `provider_not_yours`). Each record created or changed is recorded in its
    apprenticeship's history.

    Args:
        idempotency_key (str | Unset):
        body (SyncRequestRequest): The documented request: each record as ``SyncRecord``. (The
            view parses records one by
            one, so that a bad record is reported in its result instead of failing the batch.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiV1ApprenticeshipsSyncCreateValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse409 | ErrorResponse413 | ErrorResponse415 | ErrorResponse422 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | SyncResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SyncRequestRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    ApiV1ApprenticeshipsSyncCreateValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse422
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | SyncResponse
    | None
):
    """Sync apprenticeships in bulk

     Create or update up to 1,000 of the caller's apprenticeships (and their learners) in one request,
    keyed by ULN and standard reference. Each record is validated by the same rules as a single write
    and gets its own result, in order: `created`, `updated`, `unchanged` or `error` with its field
    errors; valid records are stored even when others fail. Send an `Idempotency-Key` to make retries
    safe. A provider's admins, staff and keys only (others: 403 `role_required`), for a provider they
    act for (else 400 `provider_not_yours`). Each record created or changed is recorded in its
    apprenticeship's history.

    Args:
        idempotency_key (str | Unset):
        body (SyncRequestRequest): The documented request: each record as ``SyncRecord``. (The
            view parses records one by
            one, so that a bad record is reported in its result instead of failing the batch.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiV1ApprenticeshipsSyncCreateValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse409 | ErrorResponse413 | ErrorResponse415 | ErrorResponse422 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | SyncResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SyncRequestRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    ApiV1ApprenticeshipsSyncCreateValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse422
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | SyncResponse
]:
    """Sync apprenticeships in bulk

     Create or update up to 1,000 of the caller's apprenticeships (and their learners) in one request,
    keyed by ULN and standard reference. Each record is validated by the same rules as a single write
    and gets its own result, in order: `created`, `updated`, `unchanged` or `error` with its field
    errors; valid records are stored even when others fail. Send an `Idempotency-Key` to make retries
    safe. A provider's admins, staff and keys only (others: 403 `role_required`), for a provider they
    act for (else 400 `provider_not_yours`). Each record created or changed is recorded in its
    apprenticeship's history.

    Args:
        idempotency_key (str | Unset):
        body (SyncRequestRequest): The documented request: each record as ``SyncRecord``. (The
            view parses records one by
            one, so that a bad record is reported in its result instead of failing the batch.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiV1ApprenticeshipsSyncCreateValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse409 | ErrorResponse413 | ErrorResponse415 | ErrorResponse422 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | SyncResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SyncRequestRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    ApiV1ApprenticeshipsSyncCreateValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse409
    | ErrorResponse413
    | ErrorResponse415
    | ErrorResponse422
    | ErrorResponse429
    | ErrorResponse500
    | ErrorResponse503
    | SyncResponse
    | None
):
    """Sync apprenticeships in bulk

     Create or update up to 1,000 of the caller's apprenticeships (and their learners) in one request,
    keyed by ULN and standard reference. Each record is validated by the same rules as a single write
    and gets its own result, in order: `created`, `updated`, `unchanged` or `error` with its field
    errors; valid records are stored even when others fail. Send an `Idempotency-Key` to make retries
    safe. A provider's admins, staff and keys only (others: 403 `role_required`), for a provider they
    act for (else 400 `provider_not_yours`). Each record created or changed is recorded in its
    apprenticeship's history.

    Args:
        idempotency_key (str | Unset):
        body (SyncRequestRequest): The documented request: each record as ``SyncRecord``. (The
            view parses records one by
            one, so that a bad record is reported in its result instead of failing the batch.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiV1ApprenticeshipsSyncCreateValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse409 | ErrorResponse413 | ErrorResponse415 | ErrorResponse422 | ErrorResponse429 | ErrorResponse500 | ErrorResponse503 | SyncResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
