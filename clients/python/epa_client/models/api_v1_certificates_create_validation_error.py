from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_certificates_create_achievement_date_error_component import (
        ApiV1CertificatesCreateAchievementDateErrorComponent,
    )
    from ..models.api_v1_certificates_create_address_line_1_error_component import (
        ApiV1CertificatesCreateAddressLine1ErrorComponent,
    )
    from ..models.api_v1_certificates_create_address_line_2_error_component import (
        ApiV1CertificatesCreateAddressLine2ErrorComponent,
    )
    from ..models.api_v1_certificates_create_address_line_3_error_component import (
        ApiV1CertificatesCreateAddressLine3ErrorComponent,
    )
    from ..models.api_v1_certificates_create_apprenticeship_error_component import (
        ApiV1CertificatesCreateApprenticeshipErrorComponent,
    )
    from ..models.api_v1_certificates_create_city_error_component import ApiV1CertificatesCreateCityErrorComponent
    from ..models.api_v1_certificates_create_contact_name_error_component import (
        ApiV1CertificatesCreateContactNameErrorComponent,
    )
    from ..models.api_v1_certificates_create_department_error_component import (
        ApiV1CertificatesCreateDepartmentErrorComponent,
    )
    from ..models.api_v1_certificates_create_family_name_error_component import (
        ApiV1CertificatesCreateFamilyNameErrorComponent,
    )
    from ..models.api_v1_certificates_create_non_field_errors_error_component import (
        ApiV1CertificatesCreateNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_certificates_create_option_error_component import ApiV1CertificatesCreateOptionErrorComponent
    from ..models.api_v1_certificates_create_organisation_error_component import (
        ApiV1CertificatesCreateOrganisationErrorComponent,
    )
    from ..models.api_v1_certificates_create_overall_grade_error_component import (
        ApiV1CertificatesCreateOverallGradeErrorComponent,
    )
    from ..models.api_v1_certificates_create_postcode_error_component import (
        ApiV1CertificatesCreatePostcodeErrorComponent,
    )
    from ..models.api_v1_certificates_create_version_error_component import ApiV1CertificatesCreateVersionErrorComponent


T = TypeVar("T", bound="ApiV1CertificatesCreateValidationError")


@_attrs_define
class ApiV1CertificatesCreateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1CertificatesCreateAchievementDateErrorComponent |
            ApiV1CertificatesCreateAddressLine1ErrorComponent | ApiV1CertificatesCreateAddressLine2ErrorComponent |
            ApiV1CertificatesCreateAddressLine3ErrorComponent | ApiV1CertificatesCreateApprenticeshipErrorComponent |
            ApiV1CertificatesCreateCityErrorComponent | ApiV1CertificatesCreateContactNameErrorComponent |
            ApiV1CertificatesCreateDepartmentErrorComponent | ApiV1CertificatesCreateFamilyNameErrorComponent |
            ApiV1CertificatesCreateNonFieldErrorsErrorComponent | ApiV1CertificatesCreateOptionErrorComponent |
            ApiV1CertificatesCreateOrganisationErrorComponent | ApiV1CertificatesCreateOverallGradeErrorComponent |
            ApiV1CertificatesCreatePostcodeErrorComponent | ApiV1CertificatesCreateVersionErrorComponent]):
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1CertificatesCreateAchievementDateErrorComponent
        | ApiV1CertificatesCreateAddressLine1ErrorComponent
        | ApiV1CertificatesCreateAddressLine2ErrorComponent
        | ApiV1CertificatesCreateAddressLine3ErrorComponent
        | ApiV1CertificatesCreateApprenticeshipErrorComponent
        | ApiV1CertificatesCreateCityErrorComponent
        | ApiV1CertificatesCreateContactNameErrorComponent
        | ApiV1CertificatesCreateDepartmentErrorComponent
        | ApiV1CertificatesCreateFamilyNameErrorComponent
        | ApiV1CertificatesCreateNonFieldErrorsErrorComponent
        | ApiV1CertificatesCreateOptionErrorComponent
        | ApiV1CertificatesCreateOrganisationErrorComponent
        | ApiV1CertificatesCreateOverallGradeErrorComponent
        | ApiV1CertificatesCreatePostcodeErrorComponent
        | ApiV1CertificatesCreateVersionErrorComponent
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_certificates_create_achievement_date_error_component import (
            ApiV1CertificatesCreateAchievementDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_address_line_1_error_component import (
            ApiV1CertificatesCreateAddressLine1ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_address_line_2_error_component import (
            ApiV1CertificatesCreateAddressLine2ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_address_line_3_error_component import (
            ApiV1CertificatesCreateAddressLine3ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_apprenticeship_error_component import (
            ApiV1CertificatesCreateApprenticeshipErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_city_error_component import ApiV1CertificatesCreateCityErrorComponent  # noqa: PLC0415
        from ..models.api_v1_certificates_create_contact_name_error_component import (
            ApiV1CertificatesCreateContactNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_department_error_component import (
            ApiV1CertificatesCreateDepartmentErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_family_name_error_component import (
            ApiV1CertificatesCreateFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_non_field_errors_error_component import (
            ApiV1CertificatesCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_option_error_component import (
            ApiV1CertificatesCreateOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_organisation_error_component import (
            ApiV1CertificatesCreateOrganisationErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_overall_grade_error_component import (
            ApiV1CertificatesCreateOverallGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_postcode_error_component import (
            ApiV1CertificatesCreatePostcodeErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1CertificatesCreateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesCreateOverallGradeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesCreateAchievementDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesCreateOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesCreateContactNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesCreateDepartmentErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesCreateOrganisationErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesCreateAddressLine1ErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesCreateAddressLine2ErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesCreateAddressLine3ErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesCreateCityErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesCreatePostcodeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesCreateApprenticeshipErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1CertificatesCreateFamilyNameErrorComponent):
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
        from ..models.api_v1_certificates_create_achievement_date_error_component import (
            ApiV1CertificatesCreateAchievementDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_address_line_1_error_component import (
            ApiV1CertificatesCreateAddressLine1ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_address_line_2_error_component import (
            ApiV1CertificatesCreateAddressLine2ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_address_line_3_error_component import (
            ApiV1CertificatesCreateAddressLine3ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_apprenticeship_error_component import (
            ApiV1CertificatesCreateApprenticeshipErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_city_error_component import ApiV1CertificatesCreateCityErrorComponent  # noqa: PLC0415
        from ..models.api_v1_certificates_create_contact_name_error_component import (
            ApiV1CertificatesCreateContactNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_department_error_component import (
            ApiV1CertificatesCreateDepartmentErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_family_name_error_component import (
            ApiV1CertificatesCreateFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_non_field_errors_error_component import (
            ApiV1CertificatesCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_option_error_component import (
            ApiV1CertificatesCreateOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_organisation_error_component import (
            ApiV1CertificatesCreateOrganisationErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_overall_grade_error_component import (
            ApiV1CertificatesCreateOverallGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_postcode_error_component import (
            ApiV1CertificatesCreatePostcodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_certificates_create_version_error_component import (
            ApiV1CertificatesCreateVersionErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1CertificatesCreateAchievementDateErrorComponent
                | ApiV1CertificatesCreateAddressLine1ErrorComponent
                | ApiV1CertificatesCreateAddressLine2ErrorComponent
                | ApiV1CertificatesCreateAddressLine3ErrorComponent
                | ApiV1CertificatesCreateApprenticeshipErrorComponent
                | ApiV1CertificatesCreateCityErrorComponent
                | ApiV1CertificatesCreateContactNameErrorComponent
                | ApiV1CertificatesCreateDepartmentErrorComponent
                | ApiV1CertificatesCreateFamilyNameErrorComponent
                | ApiV1CertificatesCreateNonFieldErrorsErrorComponent
                | ApiV1CertificatesCreateOptionErrorComponent
                | ApiV1CertificatesCreateOrganisationErrorComponent
                | ApiV1CertificatesCreateOverallGradeErrorComponent
                | ApiV1CertificatesCreatePostcodeErrorComponent
                | ApiV1CertificatesCreateVersionErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_create_error_type_0 = (
                        ApiV1CertificatesCreateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_create_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_create_error_type_1 = (
                        ApiV1CertificatesCreateOverallGradeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_create_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_create_error_type_2 = (
                        ApiV1CertificatesCreateAchievementDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_create_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_create_error_type_3 = (
                        ApiV1CertificatesCreateOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_create_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_create_error_type_4 = (
                        ApiV1CertificatesCreateContactNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_create_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_create_error_type_5 = (
                        ApiV1CertificatesCreateDepartmentErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_create_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_create_error_type_6 = (
                        ApiV1CertificatesCreateOrganisationErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_create_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_create_error_type_7 = (
                        ApiV1CertificatesCreateAddressLine1ErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_create_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_create_error_type_8 = (
                        ApiV1CertificatesCreateAddressLine2ErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_create_error_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_create_error_type_9 = (
                        ApiV1CertificatesCreateAddressLine3ErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_create_error_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_create_error_type_10 = (
                        ApiV1CertificatesCreateCityErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_create_error_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_create_error_type_11 = (
                        ApiV1CertificatesCreatePostcodeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_create_error_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_create_error_type_12 = (
                        ApiV1CertificatesCreateApprenticeshipErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_create_error_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_certificates_create_error_type_13 = (
                        ApiV1CertificatesCreateFamilyNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_certificates_create_error_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_certificates_create_error_type_14 = (
                    ApiV1CertificatesCreateVersionErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_certificates_create_error_type_14

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        api_v1_certificates_create_validation_error = cls(
            type_=type_,
            errors=errors,
        )

        api_v1_certificates_create_validation_error.additional_properties = d
        return api_v1_certificates_create_validation_error

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
