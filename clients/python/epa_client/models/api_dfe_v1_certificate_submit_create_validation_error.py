from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_dfe_v1_certificate_submit_create_index_certificate_reference_error_component import (
        ApiDfeV1CertificateSubmitCreateINDEXCertificateReferenceErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_submit_create_index_family_name_error_component import (
        ApiDfeV1CertificateSubmitCreateINDEXFamilyNameErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_submit_create_index_non_field_errors_error_component import (
        ApiDfeV1CertificateSubmitCreateINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_submit_create_index_request_id_error_component import (
        ApiDfeV1CertificateSubmitCreateINDEXRequestIdErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_submit_create_index_standard_code_error_component import (
        ApiDfeV1CertificateSubmitCreateINDEXStandardCodeErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_submit_create_index_standard_reference_error_component import (
        ApiDfeV1CertificateSubmitCreateINDEXStandardReferenceErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_submit_create_index_uln_error_component import (
        ApiDfeV1CertificateSubmitCreateINDEXUlnErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_submit_create_non_field_errors_error_component import (
        ApiDfeV1CertificateSubmitCreateNonFieldErrorsErrorComponent,
    )


T = TypeVar("T", bound="ApiDfeV1CertificateSubmitCreateValidationError")


@_attrs_define
class ApiDfeV1CertificateSubmitCreateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiDfeV1CertificateSubmitCreateINDEXCertificateReferenceErrorComponent |
            ApiDfeV1CertificateSubmitCreateINDEXFamilyNameErrorComponent |
            ApiDfeV1CertificateSubmitCreateINDEXNonFieldErrorsErrorComponent |
            ApiDfeV1CertificateSubmitCreateINDEXRequestIdErrorComponent |
            ApiDfeV1CertificateSubmitCreateINDEXStandardCodeErrorComponent |
            ApiDfeV1CertificateSubmitCreateINDEXStandardReferenceErrorComponent |
            ApiDfeV1CertificateSubmitCreateINDEXUlnErrorComponent |
            ApiDfeV1CertificateSubmitCreateNonFieldErrorsErrorComponent]):
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiDfeV1CertificateSubmitCreateINDEXCertificateReferenceErrorComponent
        | ApiDfeV1CertificateSubmitCreateINDEXFamilyNameErrorComponent
        | ApiDfeV1CertificateSubmitCreateINDEXNonFieldErrorsErrorComponent
        | ApiDfeV1CertificateSubmitCreateINDEXRequestIdErrorComponent
        | ApiDfeV1CertificateSubmitCreateINDEXStandardCodeErrorComponent
        | ApiDfeV1CertificateSubmitCreateINDEXStandardReferenceErrorComponent
        | ApiDfeV1CertificateSubmitCreateINDEXUlnErrorComponent
        | ApiDfeV1CertificateSubmitCreateNonFieldErrorsErrorComponent
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_dfe_v1_certificate_submit_create_index_family_name_error_component import (
            ApiDfeV1CertificateSubmitCreateINDEXFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_submit_create_index_non_field_errors_error_component import (
            ApiDfeV1CertificateSubmitCreateINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_submit_create_index_request_id_error_component import (
            ApiDfeV1CertificateSubmitCreateINDEXRequestIdErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_submit_create_index_standard_code_error_component import (
            ApiDfeV1CertificateSubmitCreateINDEXStandardCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_submit_create_index_standard_reference_error_component import (
            ApiDfeV1CertificateSubmitCreateINDEXStandardReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_submit_create_index_uln_error_component import (
            ApiDfeV1CertificateSubmitCreateINDEXUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_submit_create_non_field_errors_error_component import (
            ApiDfeV1CertificateSubmitCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiDfeV1CertificateSubmitCreateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateSubmitCreateINDEXNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateSubmitCreateINDEXRequestIdErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateSubmitCreateINDEXUlnErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateSubmitCreateINDEXStandardCodeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateSubmitCreateINDEXStandardReferenceErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateSubmitCreateINDEXFamilyNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            else:
                errors_item = errors_item_data.to_dict()

            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_dfe_v1_certificate_submit_create_index_certificate_reference_error_component import (
            ApiDfeV1CertificateSubmitCreateINDEXCertificateReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_submit_create_index_family_name_error_component import (
            ApiDfeV1CertificateSubmitCreateINDEXFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_submit_create_index_non_field_errors_error_component import (
            ApiDfeV1CertificateSubmitCreateINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_submit_create_index_request_id_error_component import (
            ApiDfeV1CertificateSubmitCreateINDEXRequestIdErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_submit_create_index_standard_code_error_component import (
            ApiDfeV1CertificateSubmitCreateINDEXStandardCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_submit_create_index_standard_reference_error_component import (
            ApiDfeV1CertificateSubmitCreateINDEXStandardReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_submit_create_index_uln_error_component import (
            ApiDfeV1CertificateSubmitCreateINDEXUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_submit_create_non_field_errors_error_component import (
            ApiDfeV1CertificateSubmitCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiDfeV1CertificateSubmitCreateINDEXCertificateReferenceErrorComponent
                | ApiDfeV1CertificateSubmitCreateINDEXFamilyNameErrorComponent
                | ApiDfeV1CertificateSubmitCreateINDEXNonFieldErrorsErrorComponent
                | ApiDfeV1CertificateSubmitCreateINDEXRequestIdErrorComponent
                | ApiDfeV1CertificateSubmitCreateINDEXStandardCodeErrorComponent
                | ApiDfeV1CertificateSubmitCreateINDEXStandardReferenceErrorComponent
                | ApiDfeV1CertificateSubmitCreateINDEXUlnErrorComponent
                | ApiDfeV1CertificateSubmitCreateNonFieldErrorsErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_submit_create_error_type_0 = (
                        ApiDfeV1CertificateSubmitCreateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_submit_create_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_submit_create_error_type_1 = (
                        ApiDfeV1CertificateSubmitCreateINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_submit_create_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_submit_create_error_type_2 = (
                        ApiDfeV1CertificateSubmitCreateINDEXRequestIdErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_submit_create_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_submit_create_error_type_3 = (
                        ApiDfeV1CertificateSubmitCreateINDEXUlnErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_submit_create_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_submit_create_error_type_4 = (
                        ApiDfeV1CertificateSubmitCreateINDEXStandardCodeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_submit_create_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_submit_create_error_type_5 = (
                        ApiDfeV1CertificateSubmitCreateINDEXStandardReferenceErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_submit_create_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_submit_create_error_type_6 = (
                        ApiDfeV1CertificateSubmitCreateINDEXFamilyNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_submit_create_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_dfe_v1_certificate_submit_create_error_type_7 = (
                    ApiDfeV1CertificateSubmitCreateINDEXCertificateReferenceErrorComponent.from_dict(data)
                )

                return componentsschemas_api_dfe_v1_certificate_submit_create_error_type_7

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        api_dfe_v1_certificate_submit_create_validation_error = cls(
            type_=type_,
            errors=errors,
        )

        api_dfe_v1_certificate_submit_create_validation_error.additional_properties = d
        return api_dfe_v1_certificate_submit_create_validation_error

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
