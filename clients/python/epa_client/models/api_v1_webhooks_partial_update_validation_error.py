from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_webhooks_partial_update_active_error_component import (
        ApiV1WebhooksPartialUpdateActiveErrorComponent,
    )
    from ..models.api_v1_webhooks_partial_update_description_error_component import (
        ApiV1WebhooksPartialUpdateDescriptionErrorComponent,
    )
    from ..models.api_v1_webhooks_partial_update_event_types_error_component import (
        ApiV1WebhooksPartialUpdateEventTypesErrorComponent,
    )
    from ..models.api_v1_webhooks_partial_update_event_types_index_error_component import (
        ApiV1WebhooksPartialUpdateEventTypesINDEXErrorComponent,
    )
    from ..models.api_v1_webhooks_partial_update_non_field_errors_error_component import (
        ApiV1WebhooksPartialUpdateNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_webhooks_partial_update_organisation_error_component import (
        ApiV1WebhooksPartialUpdateOrganisationErrorComponent,
    )
    from ..models.api_v1_webhooks_partial_update_url_error_component import ApiV1WebhooksPartialUpdateUrlErrorComponent


T = TypeVar("T", bound="ApiV1WebhooksPartialUpdateValidationError")


@_attrs_define
class ApiV1WebhooksPartialUpdateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1WebhooksPartialUpdateActiveErrorComponent |
            ApiV1WebhooksPartialUpdateDescriptionErrorComponent | ApiV1WebhooksPartialUpdateEventTypesErrorComponent |
            ApiV1WebhooksPartialUpdateEventTypesINDEXErrorComponent | ApiV1WebhooksPartialUpdateNonFieldErrorsErrorComponent
            | ApiV1WebhooksPartialUpdateOrganisationErrorComponent | ApiV1WebhooksPartialUpdateUrlErrorComponent]):
        request_id (str): The request's id, as in the response's `X-Request-ID` header: the client's own when it sent a
            valid one (1 to 128 of `A-Z a-z 0-9 . _ : + / = -`), otherwise generated. Quote it when reporting an error.
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1WebhooksPartialUpdateActiveErrorComponent
        | ApiV1WebhooksPartialUpdateDescriptionErrorComponent
        | ApiV1WebhooksPartialUpdateEventTypesErrorComponent
        | ApiV1WebhooksPartialUpdateEventTypesINDEXErrorComponent
        | ApiV1WebhooksPartialUpdateNonFieldErrorsErrorComponent
        | ApiV1WebhooksPartialUpdateOrganisationErrorComponent
        | ApiV1WebhooksPartialUpdateUrlErrorComponent
    ]
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_webhooks_partial_update_active_error_component import (
            ApiV1WebhooksPartialUpdateActiveErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_webhooks_partial_update_event_types_error_component import (
            ApiV1WebhooksPartialUpdateEventTypesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_webhooks_partial_update_event_types_index_error_component import (
            ApiV1WebhooksPartialUpdateEventTypesINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_webhooks_partial_update_non_field_errors_error_component import (
            ApiV1WebhooksPartialUpdateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_webhooks_partial_update_organisation_error_component import (
            ApiV1WebhooksPartialUpdateOrganisationErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_webhooks_partial_update_url_error_component import (
            ApiV1WebhooksPartialUpdateUrlErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1WebhooksPartialUpdateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1WebhooksPartialUpdateOrganisationErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1WebhooksPartialUpdateUrlErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1WebhooksPartialUpdateEventTypesErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1WebhooksPartialUpdateEventTypesINDEXErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1WebhooksPartialUpdateActiveErrorComponent):
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
        from ..models.api_v1_webhooks_partial_update_active_error_component import (
            ApiV1WebhooksPartialUpdateActiveErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_webhooks_partial_update_description_error_component import (
            ApiV1WebhooksPartialUpdateDescriptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_webhooks_partial_update_event_types_error_component import (
            ApiV1WebhooksPartialUpdateEventTypesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_webhooks_partial_update_event_types_index_error_component import (
            ApiV1WebhooksPartialUpdateEventTypesINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_webhooks_partial_update_non_field_errors_error_component import (
            ApiV1WebhooksPartialUpdateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_webhooks_partial_update_organisation_error_component import (
            ApiV1WebhooksPartialUpdateOrganisationErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_webhooks_partial_update_url_error_component import (
            ApiV1WebhooksPartialUpdateUrlErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1WebhooksPartialUpdateActiveErrorComponent
                | ApiV1WebhooksPartialUpdateDescriptionErrorComponent
                | ApiV1WebhooksPartialUpdateEventTypesErrorComponent
                | ApiV1WebhooksPartialUpdateEventTypesINDEXErrorComponent
                | ApiV1WebhooksPartialUpdateNonFieldErrorsErrorComponent
                | ApiV1WebhooksPartialUpdateOrganisationErrorComponent
                | ApiV1WebhooksPartialUpdateUrlErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_webhooks_partial_update_error_type_0 = (
                        ApiV1WebhooksPartialUpdateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_webhooks_partial_update_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_webhooks_partial_update_error_type_1 = (
                        ApiV1WebhooksPartialUpdateOrganisationErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_webhooks_partial_update_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_webhooks_partial_update_error_type_2 = (
                        ApiV1WebhooksPartialUpdateUrlErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_webhooks_partial_update_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_webhooks_partial_update_error_type_3 = (
                        ApiV1WebhooksPartialUpdateEventTypesErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_webhooks_partial_update_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_webhooks_partial_update_error_type_4 = (
                        ApiV1WebhooksPartialUpdateEventTypesINDEXErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_webhooks_partial_update_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_webhooks_partial_update_error_type_5 = (
                        ApiV1WebhooksPartialUpdateActiveErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_webhooks_partial_update_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_webhooks_partial_update_error_type_6 = (
                    ApiV1WebhooksPartialUpdateDescriptionErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_webhooks_partial_update_error_type_6

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        request_id = d.pop("request_id")

        api_v1_webhooks_partial_update_validation_error = cls(
            type_=type_,
            errors=errors,
            request_id=request_id,
        )

        api_v1_webhooks_partial_update_validation_error.additional_properties = d
        return api_v1_webhooks_partial_update_validation_error

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
