import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_v1_reports_outcomes_retrieve_format import ApiV1ReportsOutcomesRetrieveFormat
from ...models.api_v1_reports_outcomes_retrieve_validation_error import ApiV1ReportsOutcomesRetrieveValidationError
from ...models.error_response_401 import ErrorResponse401
from ...models.error_response_403 import ErrorResponse403
from ...models.error_response_404 import ErrorResponse404
from ...models.error_response_405 import ErrorResponse405
from ...models.error_response_406 import ErrorResponse406
from ...models.error_response_415 import ErrorResponse415
from ...models.error_response_500 import ErrorResponse500
from ...models.error_response_503 import ErrorResponse503
from ...models.outcomes import Outcomes
from ...models.parse_error_response import ParseErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    employer: int | Unset = UNSET,
    format_: ApiV1ReportsOutcomesRetrieveFormat | Unset = UNSET,
    option: str | Unset = UNSET,
    period: str | Unset = UNSET,
    provider: int | Unset = UNSET,
    released_from: datetime.date | Unset = UNSET,
    released_to: datetime.date | Unset = UNSET,
    standard: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["employer"] = employer

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["option"] = option

    params["period"] = period

    params["provider"] = provider

    json_released_from: str | Unset = UNSET
    if not isinstance(released_from, Unset):
        json_released_from = released_from.isoformat()
    params["released_from"] = json_released_from

    json_released_to: str | Unset = UNSET
    if not isinstance(released_to, Unset):
        json_released_to = released_to.isoformat()
    params["released_to"] = json_released_to

    params["standard"] = standard

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports/outcomes/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiV1ReportsOutcomesRetrieveValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | Outcomes
    | None
):
    if response.status_code == 200:
        response_200 = Outcomes.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ApiV1ReportsOutcomesRetrieveValidationError | ParseErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_reports_outcomes_retrieve_error_response_400_type_0 = (
                    ApiV1ReportsOutcomesRetrieveValidationError.from_dict(data)
                )

                return componentsschemas_api_v1_reports_outcomes_retrieve_error_response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_api_v1_reports_outcomes_retrieve_error_response_400_type_1 = ParseErrorResponse.from_dict(
                data
            )

            return componentsschemas_api_v1_reports_outcomes_retrieve_error_response_400_type_1

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
    ApiV1ReportsOutcomesRetrieveValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | Outcomes
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
    employer: int | Unset = UNSET,
    format_: ApiV1ReportsOutcomesRetrieveFormat | Unset = UNSET,
    option: str | Unset = UNSET,
    period: str | Unset = UNSET,
    provider: int | Unset = UNSET,
    released_from: datetime.date | Unset = UNSET,
    released_to: datetime.date | Unset = UNSET,
    standard: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> Response[
    ApiV1ReportsOutcomesRetrieveValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | Outcomes
]:
    """Outcome figures of a period

     Per standard, version and option, for a quarter (`period=2026-Q3`) or between `released_from` and
    `released_to`: EPAs completed, results per grade, pass rate, resits and retakes, withdrawals,
    appeals lodged and upheld, the median days from the gateway's decision to the result, and how many
    achievers progressed to which standard. The result counts are the results report's rows for the same
    filters, counted. JSON or `?format=csv`.

    Args:
        employer (int | Unset):
        format_ (ApiV1ReportsOutcomesRetrieveFormat | Unset):
        option (str | Unset):
        period (str | Unset):
        provider (int | Unset):
        released_from (datetime.date | Unset):
        released_to (datetime.date | Unset):
        standard (str | Unset):
        version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiV1ReportsOutcomesRetrieveValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | Outcomes]
    """

    kwargs = _get_kwargs(
        employer=employer,
        format_=format_,
        option=option,
        period=period,
        provider=provider,
        released_from=released_from,
        released_to=released_to,
        standard=standard,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    employer: int | Unset = UNSET,
    format_: ApiV1ReportsOutcomesRetrieveFormat | Unset = UNSET,
    option: str | Unset = UNSET,
    period: str | Unset = UNSET,
    provider: int | Unset = UNSET,
    released_from: datetime.date | Unset = UNSET,
    released_to: datetime.date | Unset = UNSET,
    standard: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> (
    ApiV1ReportsOutcomesRetrieveValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | Outcomes
    | None
):
    """Outcome figures of a period

     Per standard, version and option, for a quarter (`period=2026-Q3`) or between `released_from` and
    `released_to`: EPAs completed, results per grade, pass rate, resits and retakes, withdrawals,
    appeals lodged and upheld, the median days from the gateway's decision to the result, and how many
    achievers progressed to which standard. The result counts are the results report's rows for the same
    filters, counted. JSON or `?format=csv`.

    Args:
        employer (int | Unset):
        format_ (ApiV1ReportsOutcomesRetrieveFormat | Unset):
        option (str | Unset):
        period (str | Unset):
        provider (int | Unset):
        released_from (datetime.date | Unset):
        released_to (datetime.date | Unset):
        standard (str | Unset):
        version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiV1ReportsOutcomesRetrieveValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | Outcomes
    """

    return sync_detailed(
        client=client,
        employer=employer,
        format_=format_,
        option=option,
        period=period,
        provider=provider,
        released_from=released_from,
        released_to=released_to,
        standard=standard,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    employer: int | Unset = UNSET,
    format_: ApiV1ReportsOutcomesRetrieveFormat | Unset = UNSET,
    option: str | Unset = UNSET,
    period: str | Unset = UNSET,
    provider: int | Unset = UNSET,
    released_from: datetime.date | Unset = UNSET,
    released_to: datetime.date | Unset = UNSET,
    standard: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> Response[
    ApiV1ReportsOutcomesRetrieveValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | Outcomes
]:
    """Outcome figures of a period

     Per standard, version and option, for a quarter (`period=2026-Q3`) or between `released_from` and
    `released_to`: EPAs completed, results per grade, pass rate, resits and retakes, withdrawals,
    appeals lodged and upheld, the median days from the gateway's decision to the result, and how many
    achievers progressed to which standard. The result counts are the results report's rows for the same
    filters, counted. JSON or `?format=csv`.

    Args:
        employer (int | Unset):
        format_ (ApiV1ReportsOutcomesRetrieveFormat | Unset):
        option (str | Unset):
        period (str | Unset):
        provider (int | Unset):
        released_from (datetime.date | Unset):
        released_to (datetime.date | Unset):
        standard (str | Unset):
        version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiV1ReportsOutcomesRetrieveValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | Outcomes]
    """

    kwargs = _get_kwargs(
        employer=employer,
        format_=format_,
        option=option,
        period=period,
        provider=provider,
        released_from=released_from,
        released_to=released_to,
        standard=standard,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    employer: int | Unset = UNSET,
    format_: ApiV1ReportsOutcomesRetrieveFormat | Unset = UNSET,
    option: str | Unset = UNSET,
    period: str | Unset = UNSET,
    provider: int | Unset = UNSET,
    released_from: datetime.date | Unset = UNSET,
    released_to: datetime.date | Unset = UNSET,
    standard: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> (
    ApiV1ReportsOutcomesRetrieveValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | Outcomes
    | None
):
    """Outcome figures of a period

     Per standard, version and option, for a quarter (`period=2026-Q3`) or between `released_from` and
    `released_to`: EPAs completed, results per grade, pass rate, resits and retakes, withdrawals,
    appeals lodged and upheld, the median days from the gateway's decision to the result, and how many
    achievers progressed to which standard. The result counts are the results report's rows for the same
    filters, counted. JSON or `?format=csv`.

    Args:
        employer (int | Unset):
        format_ (ApiV1ReportsOutcomesRetrieveFormat | Unset):
        option (str | Unset):
        period (str | Unset):
        provider (int | Unset):
        released_from (datetime.date | Unset):
        released_to (datetime.date | Unset):
        standard (str | Unset):
        version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiV1ReportsOutcomesRetrieveValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | Outcomes
    """

    return (
        await asyncio_detailed(
            client=client,
            employer=employer,
            format_=format_,
            option=option,
            period=period,
            provider=provider,
            released_from=released_from,
            released_to=released_to,
            standard=standard,
            version=version,
        )
    ).parsed
