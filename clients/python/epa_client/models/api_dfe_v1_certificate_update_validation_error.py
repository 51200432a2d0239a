from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_dfe_v1_certificate_update_index_certificate_reference_error_component import (
        ApiDfeV1CertificateUpdateINDEXCertificateReferenceErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_learner_family_name_error_component import (
        ApiDfeV1CertificateUpdateINDEXLearnerFamilyNameErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_learner_non_field_errors_error_component import (
        ApiDfeV1CertificateUpdateINDEXLearnerNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_learner_uln_error_component import (
        ApiDfeV1CertificateUpdateINDEXLearnerUlnErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_learning_details_achievement_date_error_component import (
        ApiDfeV1CertificateUpdateINDEXLearningDetailsAchievementDateErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_learning_details_course_option_error_component import (
        ApiDfeV1CertificateUpdateINDEXLearningDetailsCourseOptionErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_learning_details_non_field_errors_error_component import (
        ApiDfeV1CertificateUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_learning_details_overall_grade_error_component import (
        ApiDfeV1CertificateUpdateINDEXLearningDetailsOverallGradeErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_learning_details_version_error_component import (
        ApiDfeV1CertificateUpdateINDEXLearningDetailsVersionErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_non_field_errors_error_component import (
        ApiDfeV1CertificateUpdateINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_postal_contact_address_line_1_error_component import (
        ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine1ErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_postal_contact_address_line_2_error_component import (
        ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine2ErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_postal_contact_address_line_3_error_component import (
        ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine3ErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_postal_contact_city_error_component import (
        ApiDfeV1CertificateUpdateINDEXPostalContactCityErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_postal_contact_contact_name_error_component import (
        ApiDfeV1CertificateUpdateINDEXPostalContactContactNameErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_postal_contact_department_error_component import (
        ApiDfeV1CertificateUpdateINDEXPostalContactDepartmentErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_postal_contact_non_field_errors_error_component import (
        ApiDfeV1CertificateUpdateINDEXPostalContactNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_postal_contact_organisation_error_component import (
        ApiDfeV1CertificateUpdateINDEXPostalContactOrganisationErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_postal_contact_post_code_error_component import (
        ApiDfeV1CertificateUpdateINDEXPostalContactPostCodeErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_request_id_error_component import (
        ApiDfeV1CertificateUpdateINDEXRequestIdErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_standard_non_field_errors_error_component import (
        ApiDfeV1CertificateUpdateINDEXStandardNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_standard_standard_code_error_component import (
        ApiDfeV1CertificateUpdateINDEXStandardStandardCodeErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_index_standard_standard_reference_error_component import (
        ApiDfeV1CertificateUpdateINDEXStandardStandardReferenceErrorComponent,
    )
    from ..models.api_dfe_v1_certificate_update_non_field_errors_error_component import (
        ApiDfeV1CertificateUpdateNonFieldErrorsErrorComponent,
    )


T = TypeVar("T", bound="ApiDfeV1CertificateUpdateValidationError")


@_attrs_define
class ApiDfeV1CertificateUpdateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiDfeV1CertificateUpdateINDEXCertificateReferenceErrorComponent |
            ApiDfeV1CertificateUpdateINDEXLearnerFamilyNameErrorComponent |
            ApiDfeV1CertificateUpdateINDEXLearnerNonFieldErrorsErrorComponent |
            ApiDfeV1CertificateUpdateINDEXLearnerUlnErrorComponent |
            ApiDfeV1CertificateUpdateINDEXLearningDetailsAchievementDateErrorComponent |
            ApiDfeV1CertificateUpdateINDEXLearningDetailsCourseOptionErrorComponent |
            ApiDfeV1CertificateUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent |
            ApiDfeV1CertificateUpdateINDEXLearningDetailsOverallGradeErrorComponent |
            ApiDfeV1CertificateUpdateINDEXLearningDetailsVersionErrorComponent |
            ApiDfeV1CertificateUpdateINDEXNonFieldErrorsErrorComponent |
            ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine1ErrorComponent |
            ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine2ErrorComponent |
            ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine3ErrorComponent |
            ApiDfeV1CertificateUpdateINDEXPostalContactCityErrorComponent |
            ApiDfeV1CertificateUpdateINDEXPostalContactContactNameErrorComponent |
            ApiDfeV1CertificateUpdateINDEXPostalContactDepartmentErrorComponent |
            ApiDfeV1CertificateUpdateINDEXPostalContactNonFieldErrorsErrorComponent |
            ApiDfeV1CertificateUpdateINDEXPostalContactOrganisationErrorComponent |
            ApiDfeV1CertificateUpdateINDEXPostalContactPostCodeErrorComponent |
            ApiDfeV1CertificateUpdateINDEXRequestIdErrorComponent |
            ApiDfeV1CertificateUpdateINDEXStandardNonFieldErrorsErrorComponent |
            ApiDfeV1CertificateUpdateINDEXStandardStandardCodeErrorComponent |
            ApiDfeV1CertificateUpdateINDEXStandardStandardReferenceErrorComponent |
            ApiDfeV1CertificateUpdateNonFieldErrorsErrorComponent]):
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiDfeV1CertificateUpdateINDEXCertificateReferenceErrorComponent
        | ApiDfeV1CertificateUpdateINDEXLearnerFamilyNameErrorComponent
        | ApiDfeV1CertificateUpdateINDEXLearnerNonFieldErrorsErrorComponent
        | ApiDfeV1CertificateUpdateINDEXLearnerUlnErrorComponent
        | ApiDfeV1CertificateUpdateINDEXLearningDetailsAchievementDateErrorComponent
        | ApiDfeV1CertificateUpdateINDEXLearningDetailsCourseOptionErrorComponent
        | ApiDfeV1CertificateUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent
        | ApiDfeV1CertificateUpdateINDEXLearningDetailsOverallGradeErrorComponent
        | ApiDfeV1CertificateUpdateINDEXLearningDetailsVersionErrorComponent
        | ApiDfeV1CertificateUpdateINDEXNonFieldErrorsErrorComponent
        | ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine1ErrorComponent
        | ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine2ErrorComponent
        | ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine3ErrorComponent
        | ApiDfeV1CertificateUpdateINDEXPostalContactCityErrorComponent
        | ApiDfeV1CertificateUpdateINDEXPostalContactContactNameErrorComponent
        | ApiDfeV1CertificateUpdateINDEXPostalContactDepartmentErrorComponent
        | ApiDfeV1CertificateUpdateINDEXPostalContactNonFieldErrorsErrorComponent
        | ApiDfeV1CertificateUpdateINDEXPostalContactOrganisationErrorComponent
        | ApiDfeV1CertificateUpdateINDEXPostalContactPostCodeErrorComponent
        | ApiDfeV1CertificateUpdateINDEXRequestIdErrorComponent
        | ApiDfeV1CertificateUpdateINDEXStandardNonFieldErrorsErrorComponent
        | ApiDfeV1CertificateUpdateINDEXStandardStandardCodeErrorComponent
        | ApiDfeV1CertificateUpdateINDEXStandardStandardReferenceErrorComponent
        | ApiDfeV1CertificateUpdateNonFieldErrorsErrorComponent
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_dfe_v1_certificate_update_index_learner_family_name_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearnerFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learner_non_field_errors_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearnerNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learner_uln_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearnerUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learning_details_achievement_date_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearningDetailsAchievementDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learning_details_course_option_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearningDetailsCourseOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learning_details_non_field_errors_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learning_details_overall_grade_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearningDetailsOverallGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learning_details_version_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearningDetailsVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_non_field_errors_error_component import (
            ApiDfeV1CertificateUpdateINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_address_line_1_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine1ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_address_line_2_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine2ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_address_line_3_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine3ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_city_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactCityErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_contact_name_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactContactNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_department_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactDepartmentErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_non_field_errors_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_organisation_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactOrganisationErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_post_code_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactPostCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_request_id_error_component import (
            ApiDfeV1CertificateUpdateINDEXRequestIdErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_standard_non_field_errors_error_component import (
            ApiDfeV1CertificateUpdateINDEXStandardNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_standard_standard_code_error_component import (
            ApiDfeV1CertificateUpdateINDEXStandardStandardCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_standard_standard_reference_error_component import (
            ApiDfeV1CertificateUpdateINDEXStandardStandardReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_non_field_errors_error_component import (
            ApiDfeV1CertificateUpdateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiDfeV1CertificateUpdateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXRequestIdErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXStandardNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXStandardStandardCodeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXStandardStandardReferenceErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXLearnerNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXLearnerUlnErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXLearnerFamilyNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiDfeV1CertificateUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXLearningDetailsVersionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXLearningDetailsCourseOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXLearningDetailsOverallGradeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiDfeV1CertificateUpdateINDEXLearningDetailsAchievementDateErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXPostalContactNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXPostalContactContactNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXPostalContactDepartmentErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXPostalContactOrganisationErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine1ErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine2ErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine3ErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXPostalContactCityErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1CertificateUpdateINDEXPostalContactPostCodeErrorComponent):
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
        from ..models.api_dfe_v1_certificate_update_index_certificate_reference_error_component import (
            ApiDfeV1CertificateUpdateINDEXCertificateReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learner_family_name_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearnerFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learner_non_field_errors_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearnerNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learner_uln_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearnerUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learning_details_achievement_date_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearningDetailsAchievementDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learning_details_course_option_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearningDetailsCourseOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learning_details_non_field_errors_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learning_details_overall_grade_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearningDetailsOverallGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_learning_details_version_error_component import (
            ApiDfeV1CertificateUpdateINDEXLearningDetailsVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_non_field_errors_error_component import (
            ApiDfeV1CertificateUpdateINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_address_line_1_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine1ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_address_line_2_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine2ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_address_line_3_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine3ErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_city_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactCityErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_contact_name_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactContactNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_department_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactDepartmentErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_non_field_errors_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_organisation_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactOrganisationErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_postal_contact_post_code_error_component import (
            ApiDfeV1CertificateUpdateINDEXPostalContactPostCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_request_id_error_component import (
            ApiDfeV1CertificateUpdateINDEXRequestIdErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_standard_non_field_errors_error_component import (
            ApiDfeV1CertificateUpdateINDEXStandardNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_standard_standard_code_error_component import (
            ApiDfeV1CertificateUpdateINDEXStandardStandardCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_index_standard_standard_reference_error_component import (
            ApiDfeV1CertificateUpdateINDEXStandardStandardReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_certificate_update_non_field_errors_error_component import (
            ApiDfeV1CertificateUpdateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiDfeV1CertificateUpdateINDEXCertificateReferenceErrorComponent
                | ApiDfeV1CertificateUpdateINDEXLearnerFamilyNameErrorComponent
                | ApiDfeV1CertificateUpdateINDEXLearnerNonFieldErrorsErrorComponent
                | ApiDfeV1CertificateUpdateINDEXLearnerUlnErrorComponent
                | ApiDfeV1CertificateUpdateINDEXLearningDetailsAchievementDateErrorComponent
                | ApiDfeV1CertificateUpdateINDEXLearningDetailsCourseOptionErrorComponent
                | ApiDfeV1CertificateUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent
                | ApiDfeV1CertificateUpdateINDEXLearningDetailsOverallGradeErrorComponent
                | ApiDfeV1CertificateUpdateINDEXLearningDetailsVersionErrorComponent
                | ApiDfeV1CertificateUpdateINDEXNonFieldErrorsErrorComponent
                | ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine1ErrorComponent
                | ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine2ErrorComponent
                | ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine3ErrorComponent
                | ApiDfeV1CertificateUpdateINDEXPostalContactCityErrorComponent
                | ApiDfeV1CertificateUpdateINDEXPostalContactContactNameErrorComponent
                | ApiDfeV1CertificateUpdateINDEXPostalContactDepartmentErrorComponent
                | ApiDfeV1CertificateUpdateINDEXPostalContactNonFieldErrorsErrorComponent
                | ApiDfeV1CertificateUpdateINDEXPostalContactOrganisationErrorComponent
                | ApiDfeV1CertificateUpdateINDEXPostalContactPostCodeErrorComponent
                | ApiDfeV1CertificateUpdateINDEXRequestIdErrorComponent
                | ApiDfeV1CertificateUpdateINDEXStandardNonFieldErrorsErrorComponent
                | ApiDfeV1CertificateUpdateINDEXStandardStandardCodeErrorComponent
                | ApiDfeV1CertificateUpdateINDEXStandardStandardReferenceErrorComponent
                | ApiDfeV1CertificateUpdateNonFieldErrorsErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_0 = (
                        ApiDfeV1CertificateUpdateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_1 = (
                        ApiDfeV1CertificateUpdateINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_2 = (
                        ApiDfeV1CertificateUpdateINDEXRequestIdErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_3 = (
                        ApiDfeV1CertificateUpdateINDEXStandardNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_4 = (
                        ApiDfeV1CertificateUpdateINDEXStandardStandardCodeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_5 = (
                        ApiDfeV1CertificateUpdateINDEXStandardStandardReferenceErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_6 = (
                        ApiDfeV1CertificateUpdateINDEXLearnerNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_7 = (
                        ApiDfeV1CertificateUpdateINDEXLearnerUlnErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_8 = (
                        ApiDfeV1CertificateUpdateINDEXLearnerFamilyNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_9 = (
                        ApiDfeV1CertificateUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_10 = (
                        ApiDfeV1CertificateUpdateINDEXLearningDetailsVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_11 = (
                        ApiDfeV1CertificateUpdateINDEXLearningDetailsCourseOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_12 = (
                        ApiDfeV1CertificateUpdateINDEXLearningDetailsOverallGradeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_13 = (
                        ApiDfeV1CertificateUpdateINDEXLearningDetailsAchievementDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_14 = (
                        ApiDfeV1CertificateUpdateINDEXPostalContactNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_15 = (
                        ApiDfeV1CertificateUpdateINDEXPostalContactContactNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_16 = (
                        ApiDfeV1CertificateUpdateINDEXPostalContactDepartmentErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_17 = (
                        ApiDfeV1CertificateUpdateINDEXPostalContactOrganisationErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_18 = (
                        ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine1ErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_19 = (
                        ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine2ErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_20 = (
                        ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine3ErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_21 = (
                        ApiDfeV1CertificateUpdateINDEXPostalContactCityErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_certificate_update_error_type_22 = (
                        ApiDfeV1CertificateUpdateINDEXPostalContactPostCodeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_certificate_update_error_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_dfe_v1_certificate_update_error_type_23 = (
                    ApiDfeV1CertificateUpdateINDEXCertificateReferenceErrorComponent.from_dict(data)
                )

                return componentsschemas_api_dfe_v1_certificate_update_error_type_23

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        api_dfe_v1_certificate_update_validation_error = cls(
            type_=type_,
            errors=errors,
        )

        api_dfe_v1_certificate_update_validation_error.additional_properties = d
        return api_dfe_v1_certificate_update_validation_error

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
