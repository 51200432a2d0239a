from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_organisations_api_keys_create_expires_at_error_component import (
        ApiV1OrganisationsApiKeysCreateExpiresAtErrorComponent,
    )
    from ..models.api_v1_organisations_api_keys_create_name_error_component import (
        ApiV1OrganisationsApiKeysCreateNameErrorComponent,
    )
    from ..models.api_v1_organisations_api_keys_create_non_field_errors_error_component import (
        ApiV1OrganisationsApiKeysCreateNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_organisations_api_keys_create_personal_error_component import (
        ApiV1OrganisationsApiKeysCreatePersonalErrorComponent,
    )
    from ..models.api_v1_organisations_api_keys_create_scopes_error_component import (
        ApiV1OrganisationsApiKeysCreateScopesErrorComponent,
    )
    from ..models.api_v1_organisations_api_keys_create_scopes_index_error_component import (
        ApiV1OrganisationsApiKeysCreateScopesINDEXErrorComponent,
    )


T = TypeVar("T", bound="ApiV1OrganisationsApiKeysCreateValidationError")


@_attrs_define
class ApiV1OrganisationsApiKeysCreateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1OrganisationsApiKeysCreateExpiresAtErrorComponent |
            ApiV1OrganisationsApiKeysCreateNameErrorComponent | ApiV1OrganisationsApiKeysCreateNonFieldErrorsErrorComponent
            | ApiV1OrganisationsApiKeysCreatePersonalErrorComponent | ApiV1OrganisationsApiKeysCreateScopesErrorComponent |
            ApiV1OrganisationsApiKeysCreateScopesINDEXErrorComponent]):
        request_id (str): The request's id, as in the response's `X-Request-ID` header: the client's own when it sent a
            valid one (1 to 128 of `A-Z a-z 0-9 . _ : + / = -`), otherwise generated. Quote it when reporting an error.
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1OrganisationsApiKeysCreateExpiresAtErrorComponent
        | ApiV1OrganisationsApiKeysCreateNameErrorComponent
        | ApiV1OrganisationsApiKeysCreateNonFieldErrorsErrorComponent
        | ApiV1OrganisationsApiKeysCreatePersonalErrorComponent
        | ApiV1OrganisationsApiKeysCreateScopesErrorComponent
        | ApiV1OrganisationsApiKeysCreateScopesINDEXErrorComponent
    ]
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_organisations_api_keys_create_name_error_component import (
            ApiV1OrganisationsApiKeysCreateNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_organisations_api_keys_create_non_field_errors_error_component import (
            ApiV1OrganisationsApiKeysCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_organisations_api_keys_create_personal_error_component import (
            ApiV1OrganisationsApiKeysCreatePersonalErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_organisations_api_keys_create_scopes_error_component import (
            ApiV1OrganisationsApiKeysCreateScopesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_organisations_api_keys_create_scopes_index_error_component import (
            ApiV1OrganisationsApiKeysCreateScopesINDEXErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1OrganisationsApiKeysCreateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1OrganisationsApiKeysCreateNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1OrganisationsApiKeysCreateScopesErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1OrganisationsApiKeysCreateScopesINDEXErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1OrganisationsApiKeysCreatePersonalErrorComponent):
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
        from ..models.api_v1_organisations_api_keys_create_expires_at_error_component import (
            ApiV1OrganisationsApiKeysCreateExpiresAtErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_organisations_api_keys_create_name_error_component import (
            ApiV1OrganisationsApiKeysCreateNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_organisations_api_keys_create_non_field_errors_error_component import (
            ApiV1OrganisationsApiKeysCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_organisations_api_keys_create_personal_error_component import (
            ApiV1OrganisationsApiKeysCreatePersonalErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_organisations_api_keys_create_scopes_error_component import (
            ApiV1OrganisationsApiKeysCreateScopesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_organisations_api_keys_create_scopes_index_error_component import (
            ApiV1OrganisationsApiKeysCreateScopesINDEXErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1OrganisationsApiKeysCreateExpiresAtErrorComponent
                | ApiV1OrganisationsApiKeysCreateNameErrorComponent
                | ApiV1OrganisationsApiKeysCreateNonFieldErrorsErrorComponent
                | ApiV1OrganisationsApiKeysCreatePersonalErrorComponent
                | ApiV1OrganisationsApiKeysCreateScopesErrorComponent
                | ApiV1OrganisationsApiKeysCreateScopesINDEXErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_organisations_api_keys_create_error_type_0 = (
                        ApiV1OrganisationsApiKeysCreateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_organisations_api_keys_create_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_organisations_api_keys_create_error_type_1 = (
                        ApiV1OrganisationsApiKeysCreateNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_organisations_api_keys_create_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_organisations_api_keys_create_error_type_2 = (
                        ApiV1OrganisationsApiKeysCreateScopesErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_organisations_api_keys_create_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_organisations_api_keys_create_error_type_3 = (
                        ApiV1OrganisationsApiKeysCreateScopesINDEXErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_organisations_api_keys_create_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_organisations_api_keys_create_error_type_4 = (
                        ApiV1OrganisationsApiKeysCreatePersonalErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_organisations_api_keys_create_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_organisations_api_keys_create_error_type_5 = (
                    ApiV1OrganisationsApiKeysCreateExpiresAtErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_organisations_api_keys_create_error_type_5

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        request_id = d.pop("request_id")

        api_v1_organisations_api_keys_create_validation_error = cls(
            type_=type_,
            errors=errors,
            request_id=request_id,
        )

        api_v1_organisations_api_keys_create_validation_error.additional_properties = d
        return api_v1_organisations_api_keys_create_validation_error

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
