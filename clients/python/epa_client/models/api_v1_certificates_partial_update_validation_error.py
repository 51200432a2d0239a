from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_certificates_partial_update_achievement_date_error_component import (
        ApiV1CertificatesPartialUpdateAchievementDateErrorComponent,
    )
    from ..models.api_v1_certificates_partial_update_address_line_1_error_component import (
        ApiV1CertificatesPartialUpdateAddressLine1ErrorComponent,
    )
    from ..models.api_v1_certificates_partial_update_address_line_2_error_component import (
        ApiV1CertificatesPartialUpdateAddressLine2ErrorComponent,
    )
    from ..models.api_v1_certificates_partial_update_address_line_3_error_component import (
        ApiV1CertificatesPartialUpdateAddressLine3ErrorComponent,
    )
    from ..models.api_v1_certificates_partial_update_city_error_component import (
        ApiV1CertificatesPartialUpdateCityErrorComponent,
    )
    from ..models.api_v1_certificates_partial_update_contact_name_error_component import (
        ApiV1CertificatesPartialUpdateContactNameErrorComponent,
    )
    from ..models.api_v1_certificates_partial_update_department_error_component import (
        ApiV1CertificatesPartialUpdateDepartmentErrorComponent,
    )
    from ..models.api_v1_certificates_partial_update_family_name_error_component import (
        ApiV1CertificatesPartialUpdateFamilyNameErrorComponent,
    )
    from ..models.api_v1_certificates_partial_update_if_match_error_component import (
        ApiV1CertificatesPartialUpdateIfMatchErrorComponent,
    )
    from ..models.api_v1_certificates_partial_update_non_field_errors_error_component import (
        ApiV1CertificatesPartialUpdateNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_certificates_partial_update_option_error_component import (
        ApiV1CertificatesPartialUpdateOptionErrorComponent,
    )
    from ..models.api_v1_certificates_partial_update_organisation_error_component import (
        ApiV1CertificatesPartialUpdateOrganisationErrorComponent,
    )
    from ..models.api_v1_certificates_partial_update_overall_grade_error_component import (
        ApiV1CertificatesPartialUpdateOverallGradeErrorComponent,
    )
    from ..models.api_v1_certificates_partial_update_postcode_error_component import (
        ApiV1CertificatesPartialUpdatePostcodeErrorComponent,
    )
    from ..models.api_v1_certificates_partial_update_version_error_component import (
        ApiV1CertificatesPartialUpdateVersionErrorComponent,
    )


T = TypeVar("T", bound="ApiV1CertificatesPartialUpdateValidationError")


@_attrs_define
class ApiV1CertificatesPartialUpdateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1CertificatesPartialUpdateAchievementDateErrorComponent |
            ApiV1CertificatesPartialUpdateAddressLine1ErrorComponent |
            ApiV1CertificatesPartialUpdateAddressLine2ErrorComponent |
            ApiV1CertificatesPartialUpdateAddressLine3ErrorComponent | ApiV1CertificatesPartialUpdateCityErrorComponent |
            ApiV1CertificatesPartialUpdateContactNameErrorComponent | ApiV1CertificatesPartialUpdateDepartmentErrorComponent
            | ApiV1CertificatesPartialUpdateFamilyNameErrorComponent | ApiV1CertificatesPartialUpdateIfMatchErrorComponent |
            ApiV1CertificatesPartialUpdateNonFieldErrorsErrorComponent | ApiV1CertificatesPartialUpdateOptionErrorComponent
            | ApiV1CertificatesPartialUpdateOrganisationErrorComponent |
            ApiV1CertificatesPartialUpdateOverallGradeErrorComponent | ApiV1CertificatesPartialUpdatePostcodeErrorComponent
            | ApiV1CertificatesPartialUpdateVersionErrorComponent]):
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1CertificatesPartialUpdateAchievementDateErrorComponent
        | ApiV1CertificatesPartialUpdateAddressLine1ErrorComponent
        | ApiV1CertificatesPartialUpdateAddressLine2ErrorComponent
        | ApiV1CertificatesPartialUpdateAddressLine3ErrorComponent
        | ApiV1CertificatesPartialUpdateCityErrorComponent
        | ApiV1CertificatesPartialUpdateContactNameErrorComponent
        | ApiV1CertificatesPartialUpdateDepartmentErrorComponent
        | ApiV1CertificatesPartialUpdateFamilyNameErrorComponent
        | ApiV1CertificatesPartialUpdateIfMatchErrorComponent
        | ApiV1CertificatesPartialUpdateNonFieldErrorsErrorComponent
        | ApiV1CertificatesPartialUpdateOptionErrorComponent
        | ApiV1CertificatesPartialUpdateOrganisationErrorComponent
        | ApiV1CertificatesPartialUpdateOverallGradeErrorComponent
        | ApiV1CertificatesPartialUpdatePostcodeErrorComponent
        | ApiV1CertificatesPartialUpdateVersionErrorComponent
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_certificates_partial_update_achievement_date_error_component import (
            ApiV1CertificatesPartialUpdateAchievementDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_address_line_1_error_component import (
            ApiV1CertificatesPartialUpdateAddressLine1ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_address_line_2_error_component import (
            ApiV1CertificatesPartialUpdateAddressLine2ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_address_line_3_error_component import (
            ApiV1CertificatesPartialUpdateAddressLine3ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_city_error_component import (
            ApiV1CertificatesPartialUpdateCityErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_contact_name_error_component import (
            ApiV1CertificatesPartialUpdateContactNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_department_error_component import (
            ApiV1CertificatesPartialUpdateDepartmentErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_family_name_error_component import (
            ApiV1CertificatesPartialUpdateFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_non_field_errors_error_component import (
            ApiV1CertificatesPartialUpdateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_option_error_component import (
            ApiV1CertificatesPartialUpdateOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_organisation_error_component import (
            ApiV1CertificatesPartialUpdateOrganisationErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_overall_grade_error_component import (
            ApiV1CertificatesPartialUpdateOverallGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_postcode_error_component import (
            ApiV1CertificatesPartialUpdatePostcodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_version_error_component import (
            ApiV1CertificatesPartialUpdateVersionErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1CertificatesPartialUpdateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesPartialUpdateOverallGradeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesPartialUpdateAchievementDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesPartialUpdateOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesPartialUpdateContactNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesPartialUpdateDepartmentErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesPartialUpdateOrganisationErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesPartialUpdateAddressLine1ErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesPartialUpdateAddressLine2ErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesPartialUpdateAddressLine3ErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesPartialUpdateCityErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesPartialUpdatePostcodeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesPartialUpdateFamilyNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesPartialUpdateVersionErrorComponent):
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
        from ..models.api_v1_certificates_partial_update_achievement_date_error_component import (
            ApiV1CertificatesPartialUpdateAchievementDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_address_line_1_error_component import (
            ApiV1CertificatesPartialUpdateAddressLine1ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_address_line_2_error_component import (
            ApiV1CertificatesPartialUpdateAddressLine2ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_address_line_3_error_component import (
            ApiV1CertificatesPartialUpdateAddressLine3ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_city_error_component import (
            ApiV1CertificatesPartialUpdateCityErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_contact_name_error_component import (
            ApiV1CertificatesPartialUpdateContactNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_department_error_component import (
            ApiV1CertificatesPartialUpdateDepartmentErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_family_name_error_component import (
            ApiV1CertificatesPartialUpdateFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_if_match_error_component import (
            ApiV1CertificatesPartialUpdateIfMatchErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_non_field_errors_error_component import (
            ApiV1CertificatesPartialUpdateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_option_error_component import (
            ApiV1CertificatesPartialUpdateOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_organisation_error_component import (
            ApiV1CertificatesPartialUpdateOrganisationErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_overall_grade_error_component import (
            ApiV1CertificatesPartialUpdateOverallGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_postcode_error_component import (
            ApiV1CertificatesPartialUpdatePostcodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_partial_update_version_error_component import (
            ApiV1CertificatesPartialUpdateVersionErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1CertificatesPartialUpdateAchievementDateErrorComponent
                | ApiV1CertificatesPartialUpdateAddressLine1ErrorComponent
                | ApiV1CertificatesPartialUpdateAddressLine2ErrorComponent
                | ApiV1CertificatesPartialUpdateAddressLine3ErrorComponent
                | ApiV1CertificatesPartialUpdateCityErrorComponent
                | ApiV1CertificatesPartialUpdateContactNameErrorComponent
                | ApiV1CertificatesPartialUpdateDepartmentErrorComponent
                | ApiV1CertificatesPartialUpdateFamilyNameErrorComponent
                | ApiV1CertificatesPartialUpdateIfMatchErrorComponent
                | ApiV1CertificatesPartialUpdateNonFieldErrorsErrorComponent
                | ApiV1CertificatesPartialUpdateOptionErrorComponent
                | ApiV1CertificatesPartialUpdateOrganisationErrorComponent
                | ApiV1CertificatesPartialUpdateOverallGradeErrorComponent
                | ApiV1CertificatesPartialUpdatePostcodeErrorComponent
                | ApiV1CertificatesPartialUpdateVersionErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_partial_update_error_type_0 = (
                        ApiV1CertificatesPartialUpdateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_partial_update_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_partial_update_error_type_1 = (
                        ApiV1CertificatesPartialUpdateOverallGradeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_partial_update_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_partial_update_error_type_2 = (
                        ApiV1CertificatesPartialUpdateAchievementDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_partial_update_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_partial_update_error_type_3 = (
                        ApiV1CertificatesPartialUpdateOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_partial_update_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_partial_update_error_type_4 = (
                        ApiV1CertificatesPartialUpdateContactNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_partial_update_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_partial_update_error_type_5 = (
                        ApiV1CertificatesPartialUpdateDepartmentErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_partial_update_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_partial_update_error_type_6 = (
                        ApiV1CertificatesPartialUpdateOrganisationErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_partial_update_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_partial_update_error_type_7 = (
                        ApiV1CertificatesPartialUpdateAddressLine1ErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_partial_update_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_partial_update_error_type_8 = (
                        ApiV1CertificatesPartialUpdateAddressLine2ErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_partial_update_error_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_partial_update_error_type_9 = (
                        ApiV1CertificatesPartialUpdateAddressLine3ErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_partial_update_error_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_partial_update_error_type_10 = (
                        ApiV1CertificatesPartialUpdateCityErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_partial_update_error_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_partial_update_error_type_11 = (
                        ApiV1CertificatesPartialUpdatePostcodeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_partial_update_error_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_partial_update_error_type_12 = (
                        ApiV1CertificatesPartialUpdateFamilyNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_partial_update_error_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_partial_update_error_type_13 = (
                        ApiV1CertificatesPartialUpdateVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_partial_update_error_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_certificates_partial_update_error_type_14 = (
                    ApiV1CertificatesPartialUpdateIfMatchErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_certificates_partial_update_error_type_14

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        api_v1_certificates_partial_update_validation_error = cls(
            type_=type_,
            errors=errors,
        )

        api_v1_certificates_partial_update_validation_error.additional_properties = d
        return api_v1_certificates_partial_update_validation_error

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
