from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_dfe_v1_certificate_create_index_learner_family_name_error_component import (
        ApiDfeV1CertificateCreateINDEXLearnerFamilyNameErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_learner_non_field_errors_error_component import (
        ApiDfeV1CertificateCreateINDEXLearnerNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_learner_uln_error_component import (
        ApiDfeV1CertificateCreateINDEXLearnerUlnErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_learning_details_achievement_date_error_component import (
        ApiDfeV1CertificateCreateINDEXLearningDetailsAchievementDateErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_learning_details_course_option_error_component import (
        ApiDfeV1CertificateCreateINDEXLearningDetailsCourseOptionErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_learning_details_non_field_errors_error_component import (
        ApiDfeV1CertificateCreateINDEXLearningDetailsNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_learning_details_overall_grade_error_component import (
        ApiDfeV1CertificateCreateINDEXLearningDetailsOverallGradeErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_learning_details_version_error_component import (
        ApiDfeV1CertificateCreateINDEXLearningDetailsVersionErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_non_field_errors_error_component import (
        ApiDfeV1CertificateCreateINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_postal_contact_address_line_1_error_component import (
        ApiDfeV1CertificateCreateINDEXPostalContactAddressLine1ErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_postal_contact_address_line_2_error_component import (
        ApiDfeV1CertificateCreateINDEXPostalContactAddressLine2ErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_postal_contact_address_line_3_error_component import (
        ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_postal_contact_city_error_component import (
        ApiDfeV1CertificateCreateINDEXPostalContactCityErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_postal_contact_contact_name_error_component import (
        ApiDfeV1CertificateCreateINDEXPostalContactContactNameErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_postal_contact_department_error_component import (
        ApiDfeV1CertificateCreateINDEXPostalContactDepartmentErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_postal_contact_non_field_errors_error_component import (
        ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_postal_contact_organisation_error_component import (
        ApiDfeV1CertificateCreateINDEXPostalContactOrganisationErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_postal_contact_post_code_error_component import (
        ApiDfeV1CertificateCreateINDEXPostalContactPostCodeErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_request_id_error_component import (
        ApiDfeV1CertificateCreateINDEXRequestIdErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_standard_non_field_errors_error_component import (
        ApiDfeV1CertificateCreateINDEXStandardNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_standard_standard_code_error_component import (
        ApiDfeV1CertificateCreateINDEXStandardStandardCodeErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_index_standard_standard_reference_error_component import (
        ApiDfeV1CertificateCreateINDEXStandardStandardReferenceErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_create_non_field_errors_error_component import (
        ApiDfeV1CertificateCreateNonFieldErrorsErrorComponent,
    )


T = TypeVar("T", bound="ApiDfeV1CertificateCreateValidationError")


@_attrs_define
class ApiDfeV1CertificateCreateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiDfeV1CertificateCreateINDEXLearnerFamilyNameErrorComponent |
            ApiDfeV1CertificateCreateINDEXLearnerNonFieldErrorsErrorComponent |
            ApiDfeV1CertificateCreateINDEXLearnerUlnErrorComponent |
            ApiDfeV1CertificateCreateINDEXLearningDetailsAchievementDateErrorComponent |
            ApiDfeV1CertificateCreateINDEXLearningDetailsCourseOptionErrorComponent |
            ApiDfeV1CertificateCreateINDEXLearningDetailsNonFieldErrorsErrorComponent |
            ApiDfeV1CertificateCreateINDEXLearningDetailsOverallGradeErrorComponent |
            ApiDfeV1CertificateCreateINDEXLearningDetailsVersionErrorComponent |
            ApiDfeV1CertificateCreateINDEXNonFieldErrorsErrorComponent |
            ApiDfeV1CertificateCreateINDEXPostalContactAddressLine1ErrorComponent |
            ApiDfeV1CertificateCreateINDEXPostalContactAddressLine2ErrorComponent |
            ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponent |
            ApiDfeV1CertificateCreateINDEXPostalContactCityErrorComponent |
            ApiDfeV1CertificateCreateINDEXPostalContactContactNameErrorComponent |
            ApiDfeV1CertificateCreateINDEXPostalContactDepartmentErrorComponent |
            ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponent |
            ApiDfeV1CertificateCreateINDEXPostalContactOrganisationErrorComponent |
            ApiDfeV1CertificateCreateINDEXPostalContactPostCodeErrorComponent |
            ApiDfeV1CertificateCreateINDEXRequestIdErrorComponent |
            ApiDfeV1CertificateCreateINDEXStandardNonFieldErrorsErrorComponent |
            ApiDfeV1CertificateCreateINDEXStandardStandardCodeErrorComponent |
            ApiDfeV1CertificateCreateINDEXStandardStandardReferenceErrorComponent |
            ApiDfeV1CertificateCreateNonFieldErrorsErrorComponent]):
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiDfeV1CertificateCreateINDEXLearnerFamilyNameErrorComponent
        | ApiDfeV1CertificateCreateINDEXLearnerNonFieldErrorsErrorComponent
        | ApiDfeV1CertificateCreateINDEXLearnerUlnErrorComponent
        | ApiDfeV1CertificateCreateINDEXLearningDetailsAchievementDateErrorComponent
        | ApiDfeV1CertificateCreateINDEXLearningDetailsCourseOptionErrorComponent
        | ApiDfeV1CertificateCreateINDEXLearningDetailsNonFieldErrorsErrorComponent
        | ApiDfeV1CertificateCreateINDEXLearningDetailsOverallGradeErrorComponent
        | ApiDfeV1CertificateCreateINDEXLearningDetailsVersionErrorComponent
        | ApiDfeV1CertificateCreateINDEXNonFieldErrorsErrorComponent
        | ApiDfeV1CertificateCreateINDEXPostalContactAddressLine1ErrorComponent
        | ApiDfeV1CertificateCreateINDEXPostalContactAddressLine2ErrorComponent
        | ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponent
        | ApiDfeV1CertificateCreateINDEXPostalContactCityErrorComponent
        | ApiDfeV1CertificateCreateINDEXPostalContactContactNameErrorComponent
        | ApiDfeV1CertificateCreateINDEXPostalContactDepartmentErrorComponent
        | ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponent
        | ApiDfeV1CertificateCreateINDEXPostalContactOrganisationErrorComponent
        | ApiDfeV1CertificateCreateINDEXPostalContactPostCodeErrorComponent
        | ApiDfeV1CertificateCreateINDEXRequestIdErrorComponent
        | ApiDfeV1CertificateCreateINDEXStandardNonFieldErrorsErrorComponent
        | ApiDfeV1CertificateCreateINDEXStandardStandardCodeErrorComponent
        | ApiDfeV1CertificateCreateINDEXStandardStandardReferenceErrorComponent
        | ApiDfeV1CertificateCreateNonFieldErrorsErrorComponent
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_dfe_v1_certificate_create_index_learner_family_name_error_component import (
            ApiDfeV1CertificateCreateINDEXLearnerFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_learner_non_field_errors_error_component import (
            ApiDfeV1CertificateCreateINDEXLearnerNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_learner_uln_error_component import (
            ApiDfeV1CertificateCreateINDEXLearnerUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_learning_details_achievement_date_error_component import (
            ApiDfeV1CertificateCreateINDEXLearningDetailsAchievementDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_learning_details_course_option_error_component import (
            ApiDfeV1CertificateCreateINDEXLearningDetailsCourseOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_learning_details_non_field_errors_error_component import (
            ApiDfeV1CertificateCreateINDEXLearningDetailsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_learning_details_overall_grade_error_component import (
            ApiDfeV1CertificateCreateINDEXLearningDetailsOverallGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_learning_details_version_error_component import (
            ApiDfeV1CertificateCreateINDEXLearningDetailsVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_non_field_errors_error_component import (
            ApiDfeV1CertificateCreateINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_address_line_1_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactAddressLine1ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_address_line_2_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactAddressLine2ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_address_line_3_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_city_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactCityErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_contact_name_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactContactNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_department_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactDepartmentErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_non_field_errors_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_organisation_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactOrganisationErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_request_id_error_component import (
            ApiDfeV1CertificateCreateINDEXRequestIdErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_standard_non_field_errors_error_component import (
            ApiDfeV1CertificateCreateINDEXStandardNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_standard_standard_code_error_component import (
            ApiDfeV1CertificateCreateINDEXStandardStandardCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_standard_standard_reference_error_component import (
            ApiDfeV1CertificateCreateINDEXStandardStandardReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_non_field_errors_error_component import (
            ApiDfeV1CertificateCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiDfeV1CertificateCreateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXRequestIdErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXStandardNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXStandardStandardCodeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXStandardStandardReferenceErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXLearnerNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXLearnerUlnErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXLearnerFamilyNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiDfeV1CertificateCreateINDEXLearningDetailsNonFieldErrorsErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXLearningDetailsVersionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXLearningDetailsCourseOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXLearningDetailsOverallGradeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiDfeV1CertificateCreateINDEXLearningDetailsAchievementDateErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXPostalContactContactNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXPostalContactDepartmentErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXPostalContactOrganisationErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXPostalContactAddressLine1ErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXPostalContactAddressLine2ErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateCreateINDEXPostalContactCityErrorComponent):
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
        from ..models.api_dfe_v1_certificate_create_index_learner_family_name_error_component import (
            ApiDfeV1CertificateCreateINDEXLearnerFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_learner_non_field_errors_error_component import (
            ApiDfeV1CertificateCreateINDEXLearnerNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_learner_uln_error_component import (
            ApiDfeV1CertificateCreateINDEXLearnerUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_learning_details_achievement_date_error_component import (
            ApiDfeV1CertificateCreateINDEXLearningDetailsAchievementDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_learning_details_course_option_error_component import (
            ApiDfeV1CertificateCreateINDEXLearningDetailsCourseOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_learning_details_non_field_errors_error_component import (
            ApiDfeV1CertificateCreateINDEXLearningDetailsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_learning_details_overall_grade_error_component import (
            ApiDfeV1CertificateCreateINDEXLearningDetailsOverallGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_learning_details_version_error_component import (
            ApiDfeV1CertificateCreateINDEXLearningDetailsVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_non_field_errors_error_component import (
            ApiDfeV1CertificateCreateINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_address_line_1_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactAddressLine1ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_address_line_2_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactAddressLine2ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_address_line_3_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_city_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactCityErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_contact_name_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactContactNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_department_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactDepartmentErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_non_field_errors_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_organisation_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactOrganisationErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_postal_contact_post_code_error_component import (
            ApiDfeV1CertificateCreateINDEXPostalContactPostCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_request_id_error_component import (
            ApiDfeV1CertificateCreateINDEXRequestIdErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_standard_non_field_errors_error_component import (
            ApiDfeV1CertificateCreateINDEXStandardNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_standard_standard_code_error_component import (
            ApiDfeV1CertificateCreateINDEXStandardStandardCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_index_standard_standard_reference_error_component import (
            ApiDfeV1CertificateCreateINDEXStandardStandardReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_create_non_field_errors_error_component import (
            ApiDfeV1CertificateCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiDfeV1CertificateCreateINDEXLearnerFamilyNameErrorComponent
                | ApiDfeV1CertificateCreateINDEXLearnerNonFieldErrorsErrorComponent
                | ApiDfeV1CertificateCreateINDEXLearnerUlnErrorComponent
                | ApiDfeV1CertificateCreateINDEXLearningDetailsAchievementDateErrorComponent
                | ApiDfeV1CertificateCreateINDEXLearningDetailsCourseOptionErrorComponent
                | ApiDfeV1CertificateCreateINDEXLearningDetailsNonFieldErrorsErrorComponent
                | ApiDfeV1CertificateCreateINDEXLearningDetailsOverallGradeErrorComponent
                | ApiDfeV1CertificateCreateINDEXLearningDetailsVersionErrorComponent
                | ApiDfeV1CertificateCreateINDEXNonFieldErrorsErrorComponent
                | ApiDfeV1CertificateCreateINDEXPostalContactAddressLine1ErrorComponent
                | ApiDfeV1CertificateCreateINDEXPostalContactAddressLine2ErrorComponent
                | ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponent
                | ApiDfeV1CertificateCreateINDEXPostalContactCityErrorComponent
                | ApiDfeV1CertificateCreateINDEXPostalContactContactNameErrorComponent
                | ApiDfeV1CertificateCreateINDEXPostalContactDepartmentErrorComponent
                | ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponent
                | ApiDfeV1CertificateCreateINDEXPostalContactOrganisationErrorComponent
                | ApiDfeV1CertificateCreateINDEXPostalContactPostCodeErrorComponent
                | ApiDfeV1CertificateCreateINDEXRequestIdErrorComponent
                | ApiDfeV1CertificateCreateINDEXStandardNonFieldErrorsErrorComponent
                | ApiDfeV1CertificateCreateINDEXStandardStandardCodeErrorComponent
                | ApiDfeV1CertificateCreateINDEXStandardStandardReferenceErrorComponent
                | ApiDfeV1CertificateCreateNonFieldErrorsErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_0 = (
                        ApiDfeV1CertificateCreateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_1 = (
                        ApiDfeV1CertificateCreateINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_2 = (
                        ApiDfeV1CertificateCreateINDEXRequestIdErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_3 = (
                        ApiDfeV1CertificateCreateINDEXStandardNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_4 = (
                        ApiDfeV1CertificateCreateINDEXStandardStandardCodeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_5 = (
                        ApiDfeV1CertificateCreateINDEXStandardStandardReferenceErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_6 = (
                        ApiDfeV1CertificateCreateINDEXLearnerNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_7 = (
                        ApiDfeV1CertificateCreateINDEXLearnerUlnErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_8 = (
                        ApiDfeV1CertificateCreateINDEXLearnerFamilyNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_9 = (
                        ApiDfeV1CertificateCreateINDEXLearningDetailsNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_10 = (
                        ApiDfeV1CertificateCreateINDEXLearningDetailsVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_11 = (
                        ApiDfeV1CertificateCreateINDEXLearningDetailsCourseOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_12 = (
                        ApiDfeV1CertificateCreateINDEXLearningDetailsOverallGradeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_13 = (
                        ApiDfeV1CertificateCreateINDEXLearningDetailsAchievementDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_14 = (
                        ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_15 = (
                        ApiDfeV1CertificateCreateINDEXPostalContactContactNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_16 = (
                        ApiDfeV1CertificateCreateINDEXPostalContactDepartmentErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_17 = (
                        ApiDfeV1CertificateCreateINDEXPostalContactOrganisationErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_18 = (
                        ApiDfeV1CertificateCreateINDEXPostalContactAddressLine1ErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_19 = (
                        ApiDfeV1CertificateCreateINDEXPostalContactAddressLine2ErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_20 = (
                        ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_create_error_type_21 = (
                        ApiDfeV1CertificateCreateINDEXPostalContactCityErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_create_error_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_dfe_v1_certificate_create_error_type_22 = (
                    ApiDfeV1CertificateCreateINDEXPostalContactPostCodeErrorComponent.from_dict(data)
                )

                return componentsschemas_api_dfe_v1_certificate_create_error_type_22

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        api_dfe_v1_certificate_create_validation_error = cls(
            type_=type_,
            errors=errors,
        )

        api_dfe_v1_certificate_create_validation_error.additional_properties = d
        return api_dfe_v1_certificate_create_validation_error

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
