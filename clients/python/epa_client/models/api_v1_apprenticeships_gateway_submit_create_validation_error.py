from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_apprenticeships_gateway_submit_create_employer_sign_off_error_component import (
        ApiV1ApprenticeshipsGatewaySubmitCreateEmployerSignOffErrorComponent,
    )
    from ..models.api_v1_apprenticeships_gateway_submit_create_english_error_component import (
        ApiV1ApprenticeshipsGatewaySubmitCreateEnglishErrorComponent,
    )
    from ..models.api_v1_apprenticeships_gateway_submit_create_gateway_date_error_component import (
        ApiV1ApprenticeshipsGatewaySubmitCreateGatewayDateErrorComponent,
    )
    from ..models.api_v1_apprenticeships_gateway_submit_create_if_match_error_component import (
        ApiV1ApprenticeshipsGatewaySubmitCreateIfMatchErrorComponent,
    )
    from ..models.api_v1_apprenticeships_gateway_submit_create_maths_error_component import (
        ApiV1ApprenticeshipsGatewaySubmitCreateMathsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_gateway_submit_create_minimum_duration_error_component import (
        ApiV1ApprenticeshipsGatewaySubmitCreateMinimumDurationErrorComponent,
    )
    from ..models.api_v1_apprenticeships_gateway_submit_create_off_the_job_error_component import (
        ApiV1ApprenticeshipsGatewaySubmitCreateOffTheJobErrorComponent,
    )
    from ..models.api_v1_apprenticeships_gateway_submit_create_option_error_component import (
        ApiV1ApprenticeshipsGatewaySubmitCreateOptionErrorComponent,
    )
    from ..models.api_v1_apprenticeships_gateway_submit_create_portfolio_error_component import (
        ApiV1ApprenticeshipsGatewaySubmitCreatePortfolioErrorComponent,
    )
    from ..models.api_v1_apprenticeships_gateway_submit_create_provider_declaration_error_component import (
        ApiV1ApprenticeshipsGatewaySubmitCreateProviderDeclarationErrorComponent,
    )


T = TypeVar("T", bound="ApiV1ApprenticeshipsGatewaySubmitCreateValidationError")


@_attrs_define
class ApiV1ApprenticeshipsGatewaySubmitCreateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1ApprenticeshipsGatewaySubmitCreateEmployerSignOffErrorComponent |
            ApiV1ApprenticeshipsGatewaySubmitCreateEnglishErrorComponent |
            ApiV1ApprenticeshipsGatewaySubmitCreateGatewayDateErrorComponent |
            ApiV1ApprenticeshipsGatewaySubmitCreateIfMatchErrorComponent |
            ApiV1ApprenticeshipsGatewaySubmitCreateMathsErrorComponent |
            ApiV1ApprenticeshipsGatewaySubmitCreateMinimumDurationErrorComponent |
            ApiV1ApprenticeshipsGatewaySubmitCreateOffTheJobErrorComponent |
            ApiV1ApprenticeshipsGatewaySubmitCreateOptionErrorComponent |
            ApiV1ApprenticeshipsGatewaySubmitCreatePortfolioErrorComponent |
            ApiV1ApprenticeshipsGatewaySubmitCreateProviderDeclarationErrorComponent]):
        request_id (str): The request's id, as in the response's `X-Request-ID` header: the client's own when it sent a
            valid one (1 to 128 of `A-Z a-z 0-9 . _ : + / = -`), otherwise generated. Quote it when reporting an error.
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1ApprenticeshipsGatewaySubmitCreateEmployerSignOffErrorComponent
        | ApiV1ApprenticeshipsGatewaySubmitCreateEnglishErrorComponent
        | ApiV1ApprenticeshipsGatewaySubmitCreateGatewayDateErrorComponent
        | ApiV1ApprenticeshipsGatewaySubmitCreateIfMatchErrorComponent
        | ApiV1ApprenticeshipsGatewaySubmitCreateMathsErrorComponent
        | ApiV1ApprenticeshipsGatewaySubmitCreateMinimumDurationErrorComponent
        | ApiV1ApprenticeshipsGatewaySubmitCreateOffTheJobErrorComponent
        | ApiV1ApprenticeshipsGatewaySubmitCreateOptionErrorComponent
        | ApiV1ApprenticeshipsGatewaySubmitCreatePortfolioErrorComponent
        | ApiV1ApprenticeshipsGatewaySubmitCreateProviderDeclarationErrorComponent
    ]
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_apprenticeships_gateway_submit_create_employer_sign_off_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateEmployerSignOffErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_english_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateEnglishErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_gateway_date_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateGatewayDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_maths_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateMathsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_minimum_duration_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateMinimumDurationErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_off_the_job_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateOffTheJobErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_option_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_portfolio_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreatePortfolioErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_provider_declaration_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateProviderDeclarationErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1ApprenticeshipsGatewaySubmitCreateGatewayDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsGatewaySubmitCreateEnglishErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsGatewaySubmitCreateMathsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsGatewaySubmitCreateOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsGatewaySubmitCreatePortfolioErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsGatewaySubmitCreateMinimumDurationErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsGatewaySubmitCreateOffTheJobErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsGatewaySubmitCreateEmployerSignOffErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsGatewaySubmitCreateProviderDeclarationErrorComponent):
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
        from ..models.api_v1_apprenticeships_gateway_submit_create_employer_sign_off_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateEmployerSignOffErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_english_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateEnglishErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_gateway_date_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateGatewayDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_if_match_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateIfMatchErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_maths_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateMathsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_minimum_duration_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateMinimumDurationErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_off_the_job_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateOffTheJobErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_option_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_portfolio_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreatePortfolioErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_gateway_submit_create_provider_declaration_error_component import (
            ApiV1ApprenticeshipsGatewaySubmitCreateProviderDeclarationErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1ApprenticeshipsGatewaySubmitCreateEmployerSignOffErrorComponent
                | ApiV1ApprenticeshipsGatewaySubmitCreateEnglishErrorComponent
                | ApiV1ApprenticeshipsGatewaySubmitCreateGatewayDateErrorComponent
                | ApiV1ApprenticeshipsGatewaySubmitCreateIfMatchErrorComponent
                | ApiV1ApprenticeshipsGatewaySubmitCreateMathsErrorComponent
                | ApiV1ApprenticeshipsGatewaySubmitCreateMinimumDurationErrorComponent
                | ApiV1ApprenticeshipsGatewaySubmitCreateOffTheJobErrorComponent
                | ApiV1ApprenticeshipsGatewaySubmitCreateOptionErrorComponent
                | ApiV1ApprenticeshipsGatewaySubmitCreatePortfolioErrorComponent
                | ApiV1ApprenticeshipsGatewaySubmitCreateProviderDeclarationErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_0 = (
                        ApiV1ApprenticeshipsGatewaySubmitCreateGatewayDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_1 = (
                        ApiV1ApprenticeshipsGatewaySubmitCreateEnglishErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_2 = (
                        ApiV1ApprenticeshipsGatewaySubmitCreateMathsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_3 = (
                        ApiV1ApprenticeshipsGatewaySubmitCreateOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_4 = (
                        ApiV1ApprenticeshipsGatewaySubmitCreatePortfolioErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_5 = (
                        ApiV1ApprenticeshipsGatewaySubmitCreateMinimumDurationErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_6 = (
                        ApiV1ApprenticeshipsGatewaySubmitCreateOffTheJobErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_7 = (
                        ApiV1ApprenticeshipsGatewaySubmitCreateEmployerSignOffErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_8 = (
                        ApiV1ApprenticeshipsGatewaySubmitCreateProviderDeclarationErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_9 = (
                    ApiV1ApprenticeshipsGatewaySubmitCreateIfMatchErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_apprenticeships_gateway_submit_create_error_type_9

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        request_id = d.pop("request_id")

        api_v1_apprenticeships_gateway_submit_create_validation_error = cls(
            type_=type_,
            errors=errors,
            request_id=request_id,
        )

        api_v1_apprenticeships_gateway_submit_create_validation_error.additional_properties = d
        return api_v1_apprenticeships_gateway_submit_create_validation_error

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
