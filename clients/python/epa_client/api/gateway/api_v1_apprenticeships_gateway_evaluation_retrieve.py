import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_v1_apprenticeships_gateway_evaluation_retrieve_validation_error import (
    ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError,
)
from ...models.error_response_401 import ErrorResponse401
from ...models.error_response_403 import ErrorResponse403
from ...models.error_response_404 import ErrorResponse404
from ...models.error_response_405 import ErrorResponse405
from ...models.error_response_406 import ErrorResponse406
from ...models.error_response_415 import ErrorResponse415
from ...models.error_response_500 import ErrorResponse500
from ...models.error_response_503 import ErrorResponse503
from ...models.evaluation import Evaluation
from ...models.parse_error_response import ParseErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    apprenticeship_pk: int,
    *,
    gateway_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_gateway_date: str | Unset = UNSET
    if not isinstance(gateway_date, Unset):
        json_gateway_date = gateway_date.isoformat()
    params["gateway_date"] = json_gateway_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/apprenticeships/{apprenticeship_pk}/gateway/evaluation/".format(
            apprenticeship_pk=quote(str(apprenticeship_pk), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | Evaluation
    | None
):
    if response.status_code == 200:
        response_200 = Evaluation.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(
            data: object,
        ) -> ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError | ParseErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_apprenticeships_gateway_evaluation_retrieve_error_response_400_type_0 = (
                    ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError.from_dict(data)
                )

                return componentsschemas_api_v1_apprenticeships_gateway_evaluation_retrieve_error_response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_api_v1_apprenticeships_gateway_evaluation_retrieve_error_response_400_type_1 = (
                ParseErrorResponse.from_dict(data)
            )

            return componentsschemas_api_v1_apprenticeships_gateway_evaluation_retrieve_error_response_400_type_1

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
    ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | Evaluation
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    apprenticeship_pk: int,
    *,
    client: AuthenticatedClient,
    gateway_date: datetime.date | Unset = UNSET,
) -> Response[
    ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | Evaluation
]:
    """Evaluate the gateway (dry run)

     Every component's computed check, as the gateway would be judged at `gateway_date`, without storing
    anything. Works before a gateway is opened, from the apprenticeship's facts.

    Args:
        apprenticeship_pk (int):
        gateway_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | Evaluation]
    """

    kwargs = _get_kwargs(
        apprenticeship_pk=apprenticeship_pk,
        gateway_date=gateway_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    apprenticeship_pk: int,
    *,
    client: AuthenticatedClient,
    gateway_date: datetime.date | Unset = UNSET,
) -> (
    ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | Evaluation
    | None
):
    """Evaluate the gateway (dry run)

     Every component's computed check, as the gateway would be judged at `gateway_date`, without storing
    anything. Works before a gateway is opened, from the apprenticeship's facts.

    Args:
        apprenticeship_pk (int):
        gateway_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | Evaluation
    """

    return sync_detailed(
        apprenticeship_pk=apprenticeship_pk,
        client=client,
        gateway_date=gateway_date,
    ).parsed


async def asyncio_detailed(
    apprenticeship_pk: int,
    *,
    client: AuthenticatedClient,
    gateway_date: datetime.date | Unset = UNSET,
) -> Response[
    ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | Evaluation
]:
    """Evaluate the gateway (dry run)

     Every component's computed check, as the gateway would be judged at `gateway_date`, without storing
    anything. Works before a gateway is opened, from the apprenticeship's facts.

    Args:
        apprenticeship_pk (int):
        gateway_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | Evaluation]
    """

    kwargs = _get_kwargs(
        apprenticeship_pk=apprenticeship_pk,
        gateway_date=gateway_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    apprenticeship_pk: int,
    *,
    client: AuthenticatedClient,
    gateway_date: datetime.date | Unset = UNSET,
) -> (
    ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError
    | ParseErrorResponse
    | ErrorResponse401
    | ErrorResponse403
    | ErrorResponse404
    | ErrorResponse405
    | ErrorResponse406
    | ErrorResponse415
    | ErrorResponse500
    | ErrorResponse503
    | Evaluation
    | None
):
    """Evaluate the gateway (dry run)

     Every component's computed check, as the gateway would be judged at `gateway_date`, without storing
    anything. Works before a gateway is opened, from the apprenticeship's facts.

    Args:
        apprenticeship_pk (int):
        gateway_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError | ParseErrorResponse | ErrorResponse401 | ErrorResponse403 | ErrorResponse404 | ErrorResponse405 | ErrorResponse406 | ErrorResponse415 | ErrorResponse500 | ErrorResponse503 | Evaluation
    """

    return (
        await asyncio_detailed(
            apprenticeship_pk=apprenticeship_pk,
            client=client,
            gateway_date=gateway_date,
        )
    ).parsed
