from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_v1_standards_ksbs_list_kind import ApiV1StandardsKsbsListKind
from ...models.api_v1_standards_ksbs_list_validation_error import ApiV1StandardsKsbsListValidationError
from ...models.error_response_401 import ErrorResponse401
from ...models.error_response_404 import ErrorResponse404
from ...models.error_response_405 import ErrorResponse405
from ...models.error_response_406 import ErrorResponse406
from ...models.error_response_415 import ErrorResponse415
from ...models.error_response_500 import ErrorResponse500
from ...models.error_response_503 import ErrorResponse503
from ...models.paginated_ksb_list import PaginatedKSBList
from ...models.parse_error_response import ParseErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    reference: str,
    *,
    kind: ApiV1StandardsKsbsListKind | Unset = UNSET,
    option: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    version: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params["option"] = option

    params["page"] = page

    params["page_size"] = page_size

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/standards/{reference}/ksbs/".format(
            reference=quote(str(reference), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiV1StandardsKsbsListValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | PaginatedKSBList
    | None
):
    if response.status_code == 200:
        response_200 = PaginatedKSBList.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ApiV1StandardsKsbsListValidationError | ParseErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_standards_ksbs_list_error_response_400_type_0 = (
                    ApiV1StandardsKsbsListValidationError.from_dict(data)
                )

                return componentsschemas_api_v1_standards_ksbs_list_error_response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_api_v1_standards_ksbs_list_error_response_400_type_1 = ParseErrorResponse.from_dict(data)

            return componentsschemas_api_v1_standards_ksbs_list_error_response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse401.from_dict(response.json())

        return response_401

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
    ApiV1StandardsKsbsListValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | PaginatedKSBList
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    reference: str,
    *,
    client: AuthenticatedClient,
    kind: ApiV1StandardsKsbsListKind | Unset = UNSET,
    option: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    version: str | Unset = UNSET,
) -> Response[
    ApiV1StandardsKsbsListValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | PaginatedKSBList
]:
    """List a standard's KSBs

     Knowledge, skills and behaviours of a version (the latest by default). With `option`, only the KSBs
    an apprentice on that option is assessed against: those mapped by the core duties plus those mapped
    by the option's duties.

    Args:
        reference (str):
        kind (ApiV1StandardsKsbsListKind | Unset):
        option (str | Unset):  Example: Production coordinator.
        page (int | Unset):
        page_size (int | Unset):
        version (str | Unset):  Example: 1.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiV1StandardsKsbsListValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | PaginatedKSBList]
    """

    kwargs = _get_kwargs(
        reference=reference,
        kind=kind,
        option=option,
        page=page,
        page_size=page_size,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    reference: str,
    *,
    client: AuthenticatedClient,
    kind: ApiV1StandardsKsbsListKind | Unset = UNSET,
    option: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    version: str | Unset = UNSET,
) -> (
    ApiV1StandardsKsbsListValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | PaginatedKSBList
    | None
):
    """List a standard's KSBs

     Knowledge, skills and behaviours of a version (the latest by default). With `option`, only the KSBs
    an apprentice on that option is assessed against: those mapped by the core duties plus those mapped
    by the option's duties.

    Args:
        reference (str):
        kind (ApiV1StandardsKsbsListKind | Unset):
        option (str | Unset):  Example: Production coordinator.
        page (int | Unset):
        page_size (int | Unset):
        version (str | Unset):  Example: 1.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiV1StandardsKsbsListValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | PaginatedKSBList
    """

    return sync_detailed(
        reference=reference,
        client=client,
        kind=kind,
        option=option,
        page=page,
        page_size=page_size,
        version=version,
    ).parsed


async def asyncio_detailed(
    reference: str,
    *,
    client: AuthenticatedClient,
    kind: ApiV1StandardsKsbsListKind | Unset = UNSET,
    option: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    version: str | Unset = UNSET,
) -> Response[
    ApiV1StandardsKsbsListValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | PaginatedKSBList
]:
    """List a standard's KSBs

     Knowledge, skills and behaviours of a version (the latest by default). With `option`, only the KSBs
    an apprentice on that option is assessed against: those mapped by the core duties plus those mapped
    by the option's duties.

    Args:
        reference (str):
        kind (ApiV1StandardsKsbsListKind | Unset):
        option (str | Unset):  Example: Production coordinator.
        page (int | Unset):
        page_size (int | Unset):
        version (str | Unset):  Example: 1.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiV1StandardsKsbsListValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | PaginatedKSBList]
    """

    kwargs = _get_kwargs(
        reference=reference,
        kind=kind,
        option=option,
        page=page,
        page_size=page_size,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reference: str,
    *,
    client: AuthenticatedClient,
    kind: ApiV1StandardsKsbsListKind | Unset = UNSET,
    option: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    version: str | Unset = UNSET,
) -> (
    ApiV1StandardsKsbsListValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | PaginatedKSBList
    | None
):
    """List a standard's KSBs

     Knowledge, skills and behaviours of a version (the latest by default). With `option`, only the KSBs
    an apprentice on that option is assessed against: those mapped by the core duties plus those mapped
    by the option's duties.

    Args:
        reference (str):
        kind (ApiV1StandardsKsbsListKind | Unset):
        option (str | Unset):  Example: Production coordinator.
        page (int | Unset):
        page_size (int | Unset):
        version (str | Unset):  Example: 1.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiV1StandardsKsbsListValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | PaginatedKSBList
    """

    return (
        await asyncio_detailed(
            reference=reference,
            client=client,
            kind=kind,
            option=option,
            page=page,
            page_size=page_size,
            version=version,
        )
    ).parsed
