from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_reports_results_retrieve_employer_error_component import (
        ApiV1ReportsResultsRetrieveEmployerErrorComponent,
    )
    from ..models.api_v1_reports_results_retrieve_grade_error_component import (
        ApiV1ReportsResultsRetrieveGradeErrorComponent,
    )
    from ..models.api_v1_reports_results_retrieve_non_field_errors_error_component import (
        ApiV1ReportsResultsRetrieveNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_reports_results_retrieve_option_error_component import (
        ApiV1ReportsResultsRetrieveOptionErrorComponent,
    )
    from ..models.api_v1_reports_results_retrieve_provider_error_component import (
        ApiV1ReportsResultsRetrieveProviderErrorComponent,
    )
    from ..models.api_v1_reports_results_retrieve_released_from_error_component import (
        ApiV1ReportsResultsRetrieveReleasedFromErrorComponent,
    )
    from ..models.api_v1_reports_results_retrieve_released_to_error_component import (
        ApiV1ReportsResultsRetrieveReleasedToErrorComponent,
    )
    from ..models.api_v1_reports_results_retrieve_standard_error_component import (
        ApiV1ReportsResultsRetrieveStandardErrorComponent,
    )
    from ..models.api_v1_reports_results_retrieve_version_error_component import (
        ApiV1ReportsResultsRetrieveVersionErrorComponent,
    )


T = TypeVar("T", bound="ApiV1ReportsResultsRetrieveValidationError")


@_attrs_define
class ApiV1ReportsResultsRetrieveValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1ReportsResultsRetrieveEmployerErrorComponent | ApiV1ReportsResultsRetrieveGradeErrorComponent
            | ApiV1ReportsResultsRetrieveNonFieldErrorsErrorComponent | ApiV1ReportsResultsRetrieveOptionErrorComponent |
            ApiV1ReportsResultsRetrieveProviderErrorComponent | ApiV1ReportsResultsRetrieveReleasedFromErrorComponent |
            ApiV1ReportsResultsRetrieveReleasedToErrorComponent | ApiV1ReportsResultsRetrieveStandardErrorComponent |
            ApiV1ReportsResultsRetrieveVersionErrorComponent]):
        request_id (str): The request's id, as in the response's `X-Request-ID` header: the client's own when it sent a
            valid one (1 to 128 of `A-Z a-z 0-9 . _ : + / = -`), otherwise generated. Quote it when reporting an error.
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1ReportsResultsRetrieveEmployerErrorComponent
        | ApiV1ReportsResultsRetrieveGradeErrorComponent
        | ApiV1ReportsResultsRetrieveNonFieldErrorsErrorComponent
        | ApiV1ReportsResultsRetrieveOptionErrorComponent
        | ApiV1ReportsResultsRetrieveProviderErrorComponent
        | ApiV1ReportsResultsRetrieveReleasedFromErrorComponent
        | ApiV1ReportsResultsRetrieveReleasedToErrorComponent
        | ApiV1ReportsResultsRetrieveStandardErrorComponent
        | ApiV1ReportsResultsRetrieveVersionErrorComponent
    ]
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_reports_results_retrieve_employer_error_component import (
            ApiV1ReportsResultsRetrieveEmployerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_non_field_errors_error_component import (
            ApiV1ReportsResultsRetrieveNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_option_error_component import (
            ApiV1ReportsResultsRetrieveOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_provider_error_component import (
            ApiV1ReportsResultsRetrieveProviderErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_released_from_error_component import (
            ApiV1ReportsResultsRetrieveReleasedFromErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_released_to_error_component import (
            ApiV1ReportsResultsRetrieveReleasedToErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_standard_error_component import (
            ApiV1ReportsResultsRetrieveStandardErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_version_error_component import (
            ApiV1ReportsResultsRetrieveVersionErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1ReportsResultsRetrieveNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ReportsResultsRetrieveReleasedFromErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ReportsResultsRetrieveReleasedToErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ReportsResultsRetrieveStandardErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ReportsResultsRetrieveVersionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ReportsResultsRetrieveOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ReportsResultsRetrieveProviderErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ReportsResultsRetrieveEmployerErrorComponent):
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
        from ..models.api_v1_reports_results_retrieve_employer_error_component import (
            ApiV1ReportsResultsRetrieveEmployerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_grade_error_component import (
            ApiV1ReportsResultsRetrieveGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_non_field_errors_error_component import (
            ApiV1ReportsResultsRetrieveNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_option_error_component import (
            ApiV1ReportsResultsRetrieveOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_provider_error_component import (
            ApiV1ReportsResultsRetrieveProviderErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_released_from_error_component import (
            ApiV1ReportsResultsRetrieveReleasedFromErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_released_to_error_component import (
            ApiV1ReportsResultsRetrieveReleasedToErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_standard_error_component import (
            ApiV1ReportsResultsRetrieveStandardErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_reports_results_retrieve_version_error_component import (
            ApiV1ReportsResultsRetrieveVersionErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1ReportsResultsRetrieveEmployerErrorComponent
                | ApiV1ReportsResultsRetrieveGradeErrorComponent
                | ApiV1ReportsResultsRetrieveNonFieldErrorsErrorComponent
                | ApiV1ReportsResultsRetrieveOptionErrorComponent
                | ApiV1ReportsResultsRetrieveProviderErrorComponent
                | ApiV1ReportsResultsRetrieveReleasedFromErrorComponent
                | ApiV1ReportsResultsRetrieveReleasedToErrorComponent
                | ApiV1ReportsResultsRetrieveStandardErrorComponent
                | ApiV1ReportsResultsRetrieveVersionErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_reports_results_retrieve_error_type_0 = (
                        ApiV1ReportsResultsRetrieveNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_reports_results_retrieve_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_reports_results_retrieve_error_type_1 = (
                        ApiV1ReportsResultsRetrieveReleasedFromErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_reports_results_retrieve_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_reports_results_retrieve_error_type_2 = (
                        ApiV1ReportsResultsRetrieveReleasedToErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_reports_results_retrieve_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_reports_results_retrieve_error_type_3 = (
                        ApiV1ReportsResultsRetrieveStandardErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_reports_results_retrieve_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_reports_results_retrieve_error_type_4 = (
                        ApiV1ReportsResultsRetrieveVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_reports_results_retrieve_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_reports_results_retrieve_error_type_5 = (
                        ApiV1ReportsResultsRetrieveOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_reports_results_retrieve_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_reports_results_retrieve_error_type_6 = (
                        ApiV1ReportsResultsRetrieveProviderErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_reports_results_retrieve_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_reports_results_retrieve_error_type_7 = (
                        ApiV1ReportsResultsRetrieveEmployerErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_reports_results_retrieve_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_reports_results_retrieve_error_type_8 = (
                    ApiV1ReportsResultsRetrieveGradeErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_reports_results_retrieve_error_type_8

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        request_id = d.pop("request_id")

        api_v1_reports_results_retrieve_validation_error = cls(
            type_=type_,
            errors=errors,
            request_id=request_id,
        )

        api_v1_reports_results_retrieve_validation_error.additional_properties = d
        return api_v1_reports_results_retrieve_validation_error

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
