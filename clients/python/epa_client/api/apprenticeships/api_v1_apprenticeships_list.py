import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_v1_apprenticeships_list_status import ApiV1ApprenticeshipsListStatus
from ...models.api_v1_apprenticeships_list_validation_error import ApiV1ApprenticeshipsListValidationError
from ...models.error_response_401 import ErrorResponse401
from ...models.error_response_403 import ErrorResponse403
from ...models.error_response_404 import ErrorResponse404
from ...models.error_response_405 import ErrorResponse405
from ...models.error_response_406 import ErrorResponse406
from ...models.error_response_415 import ErrorResponse415
from ...models.error_response_500 import ErrorResponse500
from ...models.error_response_503 import ErrorResponse503
from ...models.paginated_apprenticeship_list import PaginatedApprenticeshipList
from ...models.parse_error_response import ParseErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    employer: int | Unset = UNSET,
    epao: int | Unset = UNSET,
    option: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: int | Unset = UNSET,
    standard: str | Unset = UNSET,
    start_date_after: datetime.date | Unset = UNSET,
    start_date_before: datetime.date | Unset = UNSET,
    status: ApiV1ApprenticeshipsListStatus | Unset = UNSET,
    uln: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["employer"] = employer

    params["epao"] = epao

    params["option"] = option

    params["page_size"] = page_size

    params["provider"] = provider

    params["standard"] = standard

    json_start_date_after: str | Unset = UNSET
    if not isinstance(start_date_after, Unset):
        json_start_date_after = start_date_after.isoformat()
    params["start_date_after"] = json_start_date_after

    json_start_date_before: str | Unset = UNSET
    if not isinstance(start_date_before, Unset):
        json_start_date_before = start_date_before.isoformat()
    params["start_date_before"] = json_start_date_before

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["uln"] = uln

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/apprenticeships/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiV1ApprenticeshipsListValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | PaginatedApprenticeshipList
    | None
):
    if response.status_code == 200:
        response_200 = PaginatedApprenticeshipList.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ApiV1ApprenticeshipsListValidationError | ParseErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_apprenticeships_list_error_response_400_type_0 = (
                    ApiV1ApprenticeshipsListValidationError.from_dict(data)
                )

                return componentsschemas_api_v1_apprenticeships_list_error_response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_api_v1_apprenticeships_list_error_response_400_type_1 = ParseErrorResponse.from_dict(data)

            return componentsschemas_api_v1_apprenticeships_list_error_response_400_type_1

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
    ApiV1ApprenticeshipsListValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | PaginatedApprenticeshipList
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
    cursor: str | Unset = UNSET,
    employer: int | Unset = UNSET,
    epao: int | Unset = UNSET,
    option: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: int | Unset = UNSET,
    standard: str | Unset = UNSET,
    start_date_after: datetime.date | Unset = UNSET,
    start_date_before: datetime.date | Unset = UNSET,
    status: ApiV1ApprenticeshipsListStatus | Unset = UNSET,
    uln: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[
    ApiV1ApprenticeshipsListValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | PaginatedApprenticeshipList
]:
    """List apprenticeships

     Apprenticeships the caller may see: a provider those it delivers, an employer those it employs, an
    EPAO (admins, quality assurers) those naming it; latest start first (then by id). Paged by cursor:
    the first page without `cursor`, then pass each page's `next_cursor` back as `cursor` until
    `has_more` is false (`next_cursor` null). There is no total and no page number; filters apply to
    every page alike.

    Args:
        cursor (str | Unset):
        employer (int | Unset):
        epao (int | Unset):
        option (int | Unset):
        page_size (int | Unset):
        provider (int | Unset):
        standard (str | Unset):
        start_date_after (datetime.date | Unset):
        start_date_before (datetime.date | Unset):
        status (ApiV1ApprenticeshipsListStatus | Unset):
        uln (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiV1ApprenticeshipsListValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | PaginatedApprenticeshipList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        employer=employer,
        epao=epao,
        option=option,
        page_size=page_size,
        provider=provider,
        standard=standard,
        start_date_after=start_date_after,
        start_date_before=start_date_before,
        status=status,
        uln=uln,
        updated_since=updated_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    employer: int | Unset = UNSET,
    epao: int | Unset = UNSET,
    option: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: int | Unset = UNSET,
    standard: str | Unset = UNSET,
    start_date_after: datetime.date | Unset = UNSET,
    start_date_before: datetime.date | Unset = UNSET,
    status: ApiV1ApprenticeshipsListStatus | Unset = UNSET,
    uln: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> (
    ApiV1ApprenticeshipsListValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | PaginatedApprenticeshipList
    | None
):
    """List apprenticeships

     Apprenticeships the caller may see: a provider those it delivers, an employer those it employs, an
    EPAO (admins, quality assurers) those naming it; latest start first (then by id). Paged by cursor:
    the first page without `cursor`, then pass each page's `next_cursor` back as `cursor` until
    `has_more` is false (`next_cursor` null). There is no total and no page number; filters apply to
    every page alike.

    Args:
        cursor (str | Unset):
        employer (int | Unset):
        epao (int | Unset):
        option (int | Unset):
        page_size (int | Unset):
        provider (int | Unset):
        standard (str | Unset):
        start_date_after (datetime.date | Unset):
        start_date_before (datetime.date | Unset):
        status (ApiV1ApprenticeshipsListStatus | Unset):
        uln (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiV1ApprenticeshipsListValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | PaginatedApprenticeshipList
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        employer=employer,
        epao=epao,
        option=option,
        page_size=page_size,
        provider=provider,
        standard=standard,
        start_date_after=start_date_after,
        start_date_before=start_date_before,
        status=status,
        uln=uln,
        updated_since=updated_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    employer: int | Unset = UNSET,
    epao: int | Unset = UNSET,
    option: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: int | Unset = UNSET,
    standard: str | Unset = UNSET,
    start_date_after: datetime.date | Unset = UNSET,
    start_date_before: datetime.date | Unset = UNSET,
    status: ApiV1ApprenticeshipsListStatus | Unset = UNSET,
    uln: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[
    ApiV1ApprenticeshipsListValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | PaginatedApprenticeshipList
]:
    """List apprenticeships

     Apprenticeships the caller may see: a provider those it delivers, an employer those it employs, an
    EPAO (admins, quality assurers) those naming it; latest start first (then by id). Paged by cursor:
    the first page without `cursor`, then pass each page's `next_cursor` back as `cursor` until
    `has_more` is false (`next_cursor` null). There is no total and no page number; filters apply to
    every page alike.

    Args:
        cursor (str | Unset):
        employer (int | Unset):
        epao (int | Unset):
        option (int | Unset):
        page_size (int | Unset):
        provider (int | Unset):
        standard (str | Unset):
        start_date_after (datetime.date | Unset):
        start_date_before (datetime.date | Unset):
        status (ApiV1ApprenticeshipsListStatus | Unset):
        uln (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiV1ApprenticeshipsListValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | PaginatedApprenticeshipList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        employer=employer,
        epao=epao,
        option=option,
        page_size=page_size,
        provider=provider,
        standard=standard,
        start_date_after=start_date_after,
        start_date_before=start_date_before,
        status=status,
        uln=uln,
        updated_since=updated_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    employer: int | Unset = UNSET,
    epao: int | Unset = UNSET,
    option: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: int | Unset = UNSET,
    standard: str | Unset = UNSET,
    start_date_after: datetime.date | Unset = UNSET,
    start_date_before: datetime.date | Unset = UNSET,
    status: ApiV1ApprenticeshipsListStatus | Unset = UNSET,
    uln: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> (
    ApiV1ApprenticeshipsListValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | PaginatedApprenticeshipList
    | None
):
    """List apprenticeships

     Apprenticeships the caller may see: a provider those it delivers, an employer those it employs, an
    EPAO (admins, quality assurers) those naming it; latest start first (then by id). Paged by cursor:
    the first page without `cursor`, then pass each page's `next_cursor` back as `cursor` until
    `has_more` is false (`next_cursor` null). There is no total and no page number; filters apply to
    every page alike.

    Args:
        cursor (str | Unset):
        employer (int | Unset):
        epao (int | Unset):
        option (int | Unset):
        page_size (int | Unset):
        provider (int | Unset):
        standard (str | Unset):
        start_date_after (datetime.date | Unset):
        start_date_before (datetime.date | Unset):
        status (ApiV1ApprenticeshipsListStatus | Unset):
        uln (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiV1ApprenticeshipsListValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | PaginatedApprenticeshipList
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            employer=employer,
            epao=epao,
            option=option,
            page_size=page_size,
            provider=provider,
            standard=standard,
            start_date_after=start_date_after,
            start_date_before=start_date_before,
            status=status,
            uln=uln,
            updated_since=updated_since,
        )
    ).parsed
