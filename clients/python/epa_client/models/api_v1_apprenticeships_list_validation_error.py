from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_apprenticeships_list_cursor_error_component import ApiV1ApprenticeshipsListCursorErrorComponent
    from ..models.api_v1_apprenticeships_list_employer_error_component import (
        ApiV1ApprenticeshipsListEmployerErrorComponent,
    )
    from ..models.api_v1_apprenticeships_list_epao_error_component import ApiV1ApprenticeshipsListEpaoErrorComponent
    from ..models.api_v1_apprenticeships_list_option_error_component import ApiV1ApprenticeshipsListOptionErrorComponent
    from ..models.api_v1_apprenticeships_list_page_size_error_component import (
        ApiV1ApprenticeshipsListPageSizeErrorComponent,
    )
    from ..models.api_v1_apprenticeships_list_provider_error_component import (
        ApiV1ApprenticeshipsListProviderErrorComponent,
    )
    from ..models.api_v1_apprenticeships_list_standard_error_component import (
        ApiV1ApprenticeshipsListStandardErrorComponent,
    )
    from ..models.api_v1_apprenticeships_list_start_date_error_component import (
        ApiV1ApprenticeshipsListStartDateErrorComponent,
    )
    from ..models.api_v1_apprenticeships_list_status_error_component import ApiV1ApprenticeshipsListStatusErrorComponent
    from ..models.api_v1_apprenticeships_list_uln_error_component import ApiV1ApprenticeshipsListUlnErrorComponent
    from ..models.api_v1_apprenticeships_list_updated_since_error_component import (
        ApiV1ApprenticeshipsListUpdatedSinceErrorComponent,
    )


T = TypeVar("T", bound="ApiV1ApprenticeshipsListValidationError")


@_attrs_define
class ApiV1ApprenticeshipsListValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1ApprenticeshipsListCursorErrorComponent | ApiV1ApprenticeshipsListEmployerErrorComponent |
            ApiV1ApprenticeshipsListEpaoErrorComponent | ApiV1ApprenticeshipsListOptionErrorComponent |
            ApiV1ApprenticeshipsListPageSizeErrorComponent | ApiV1ApprenticeshipsListProviderErrorComponent |
            ApiV1ApprenticeshipsListStandardErrorComponent | ApiV1ApprenticeshipsListStartDateErrorComponent |
            ApiV1ApprenticeshipsListStatusErrorComponent | ApiV1ApprenticeshipsListUlnErrorComponent |
            ApiV1ApprenticeshipsListUpdatedSinceErrorComponent]):
        request_id (str): The request's id, as in the response's `X-Request-ID` header: the client's own when it sent a
            valid one (1 to 128 of `A-Z a-z 0-9 . _ : + / = -`), otherwise generated. Quote it when reporting an error.
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1ApprenticeshipsListCursorErrorComponent
        | ApiV1ApprenticeshipsListEmployerErrorComponent
        | ApiV1ApprenticeshipsListEpaoErrorComponent
        | ApiV1ApprenticeshipsListOptionErrorComponent
        | ApiV1ApprenticeshipsListPageSizeErrorComponent
        | ApiV1ApprenticeshipsListProviderErrorComponent
        | ApiV1ApprenticeshipsListStandardErrorComponent
        | ApiV1ApprenticeshipsListStartDateErrorComponent
        | ApiV1ApprenticeshipsListStatusErrorComponent
        | ApiV1ApprenticeshipsListUlnErrorComponent
        | ApiV1ApprenticeshipsListUpdatedSinceErrorComponent
    ]
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_apprenticeships_list_cursor_error_component import (
            ApiV1ApprenticeshipsListCursorErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_employer_error_component import (
            ApiV1ApprenticeshipsListEmployerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_epao_error_component import ApiV1ApprenticeshipsListEpaoErrorComponent  # noqa: PLC0415
        from ..models.api_v1_apprenticeships_list_option_error_component import (
            ApiV1ApprenticeshipsListOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_provider_error_component import (
            ApiV1ApprenticeshipsListProviderErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_standard_error_component import (
            ApiV1ApprenticeshipsListStandardErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_start_date_error_component import (
            ApiV1ApprenticeshipsListStartDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_status_error_component import (
            ApiV1ApprenticeshipsListStatusErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_uln_error_component import ApiV1ApprenticeshipsListUlnErrorComponent  # noqa: PLC0415
        from ..models.api_v1_apprenticeships_list_updated_since_error_component import (
            ApiV1ApprenticeshipsListUpdatedSinceErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1ApprenticeshipsListUlnErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsListStandardErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsListOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsListStatusErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsListProviderErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsListEmployerErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsListEpaoErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsListStartDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsListUpdatedSinceErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsListCursorErrorComponent):
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
        from ..models.api_v1_apprenticeships_list_cursor_error_component import (
            ApiV1ApprenticeshipsListCursorErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_employer_error_component import (
            ApiV1ApprenticeshipsListEmployerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_epao_error_component import ApiV1ApprenticeshipsListEpaoErrorComponent  # noqa: PLC0415
        from ..models.api_v1_apprenticeships_list_option_error_component import (
            ApiV1ApprenticeshipsListOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_page_size_error_component import (
            ApiV1ApprenticeshipsListPageSizeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_provider_error_component import (
            ApiV1ApprenticeshipsListProviderErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_standard_error_component import (
            ApiV1ApprenticeshipsListStandardErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_start_date_error_component import (
            ApiV1ApprenticeshipsListStartDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_status_error_component import (
            ApiV1ApprenticeshipsListStatusErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_list_uln_error_component import ApiV1ApprenticeshipsListUlnErrorComponent  # noqa: PLC0415
        from ..models.api_v1_apprenticeships_list_updated_since_error_component import (
            ApiV1ApprenticeshipsListUpdatedSinceErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1ApprenticeshipsListCursorErrorComponent
                | ApiV1ApprenticeshipsListEmployerErrorComponent
                | ApiV1ApprenticeshipsListEpaoErrorComponent
                | ApiV1ApprenticeshipsListOptionErrorComponent
                | ApiV1ApprenticeshipsListPageSizeErrorComponent
                | ApiV1ApprenticeshipsListProviderErrorComponent
                | ApiV1ApprenticeshipsListStandardErrorComponent
                | ApiV1ApprenticeshipsListStartDateErrorComponent
                | ApiV1ApprenticeshipsListStatusErrorComponent
                | ApiV1ApprenticeshipsListUlnErrorComponent
                | ApiV1ApprenticeshipsListUpdatedSinceErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_list_error_type_0 = (
                        ApiV1ApprenticeshipsListUlnErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_list_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_list_error_type_1 = (
                        ApiV1ApprenticeshipsListStandardErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_list_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_list_error_type_2 = (
                        ApiV1ApprenticeshipsListOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_list_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_list_error_type_3 = (
                        ApiV1ApprenticeshipsListStatusErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_list_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_list_error_type_4 = (
                        ApiV1ApprenticeshipsListProviderErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_list_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_list_error_type_5 = (
                        ApiV1ApprenticeshipsListEmployerErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_list_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_list_error_type_6 = (
                        ApiV1ApprenticeshipsListEpaoErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_list_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_list_error_type_7 = (
                        ApiV1ApprenticeshipsListStartDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_list_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_list_error_type_8 = (
                        ApiV1ApprenticeshipsListUpdatedSinceErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_list_error_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_list_error_type_9 = (
                        ApiV1ApprenticeshipsListCursorErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_list_error_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_apprenticeships_list_error_type_10 = (
                    ApiV1ApprenticeshipsListPageSizeErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_apprenticeships_list_error_type_10

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        request_id = d.pop("request_id")

        api_v1_apprenticeships_list_validation_error = cls(
            type_=type_,
            errors=errors,
            request_id=request_id,
        )

        api_v1_apprenticeships_list_validation_error.additional_properties = d
        return api_v1_apprenticeships_list_validation_error

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
