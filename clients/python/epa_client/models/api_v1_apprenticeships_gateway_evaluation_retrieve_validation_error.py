from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_apprenticeships_gateway_evaluation_retrieve_gateway_date_error_component import (
        ApiV1ApprenticeshipsGatewayEvaluationRetrieveGatewayDateErrorComponent,
    )
    from ..models.api_v1_apprenticeships_gateway_evaluation_retrieve_non_field_errors_error_component import (
        ApiV1ApprenticeshipsGatewayEvaluationRetrieveNonFieldErrorsErrorComponent,
    )


T = TypeVar("T", bound="ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError")


@_attrs_define
class ApiV1ApprenticeshipsGatewayEvaluationRetrieveValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1ApprenticeshipsGatewayEvaluationRetrieveGatewayDateErrorComponent |
            ApiV1ApprenticeshipsGatewayEvaluationRetrieveNonFieldErrorsErrorComponent]):
        request_id (str): The request's id, as in the response's `X-Request-ID` header: the client's own when it sent a
            valid one (1 to 128 of `A-Z a-z 0-9 . _ : + / = -`), otherwise generated. Quote it when reporting an error.
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1ApprenticeshipsGatewayEvaluationRetrieveGatewayDateErrorComponent
        | ApiV1ApprenticeshipsGatewayEvaluationRetrieveNonFieldErrorsErrorComponent
    ]
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_apprenticeships_gateway_evaluation_retrieve_gateway_date_error_component import (
            ApiV1ApprenticeshipsGatewayEvaluationRetrieveGatewayDateErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1ApprenticeshipsGatewayEvaluationRetrieveGatewayDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            else:
                errors_item = errors_item_data.to_dict()

            errors.append(errors_item)

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "errors": errors,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_v1_apprenticeships_gateway_evaluation_retrieve_gateway_date_error_component import (
            ApiV1ApprenticeshipsGatewayEvaluationRetrieveGatewayDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_evaluation_retrieve_non_field_errors_error_component import (
            ApiV1ApprenticeshipsGatewayEvaluationRetrieveNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1ApprenticeshipsGatewayEvaluationRetrieveGatewayDateErrorComponent
                | ApiV1ApprenticeshipsGatewayEvaluationRetrieveNonFieldErrorsErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_gateway_evaluation_retrieve_error_type_0 = (
                        ApiV1ApprenticeshipsGatewayEvaluationRetrieveGatewayDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_gateway_evaluation_retrieve_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_apprenticeships_gateway_evaluation_retrieve_error_type_1 = (
                    ApiV1ApprenticeshipsGatewayEvaluationRetrieveNonFieldErrorsErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_apprenticeships_gateway_evaluation_retrieve_error_type_1

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        request_id = d.pop("request_id")

        api_v1_apprenticeships_gateway_evaluation_retrieve_validation_error = cls(
            type_=type_,
            errors=errors,
            request_id=request_id,
        )

        api_v1_apprenticeships_gateway_evaluation_retrieve_validation_error.additional_properties = d
        return api_v1_apprenticeships_gateway_evaluation_retrieve_validation_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
