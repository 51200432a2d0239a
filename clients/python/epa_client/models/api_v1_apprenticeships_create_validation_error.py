from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_apprenticeships_create_achievements_error_component import (
        ApiV1ApprenticeshipsCreateAchievementsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_achievements_index_achieved_on_error_component import (
        ApiV1ApprenticeshipsCreateAchievementsINDEXAchievedOnErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_achievements_index_error_component import (
        ApiV1ApprenticeshipsCreateAchievementsINDEXErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_achievements_index_evidence_reference_error_component import (
        ApiV1ApprenticeshipsCreateAchievementsINDEXEvidenceReferenceErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_achievements_index_level_error_component import (
        ApiV1ApprenticeshipsCreateAchievementsINDEXLevelErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_achievements_index_non_field_errors_error_component import (
        ApiV1ApprenticeshipsCreateAchievementsINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_achievements_index_qualification_type_error_component import (
        ApiV1ApprenticeshipsCreateAchievementsINDEXQualificationTypeErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_achievements_index_subject_error_component import (
        ApiV1ApprenticeshipsCreateAchievementsINDEXSubjectErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_achievements_non_field_errors_error_component import (
        ApiV1ApprenticeshipsCreateAchievementsNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_employer_error_component import (
        ApiV1ApprenticeshipsCreateEmployerErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_epao_error_component import ApiV1ApprenticeshipsCreateEpaoErrorComponent
    from ..models.api_v1_apprenticeships_create_has_ehc_plan_error_component import (
        ApiV1ApprenticeshipsCreateHasEhcPlanErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_learner_date_of_birth_error_component import (
        ApiV1ApprenticeshipsCreateLearnerDateOfBirthErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_learner_email_error_component import (
        ApiV1ApprenticeshipsCreateLearnerEmailErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_learner_error_component import (
        ApiV1ApprenticeshipsCreateLearnerErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_learner_family_name_error_component import (
        ApiV1ApprenticeshipsCreateLearnerFamilyNameErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_learner_given_names_error_component import (
        ApiV1ApprenticeshipsCreateLearnerGivenNamesErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_learner_non_field_errors_error_component import (
        ApiV1ApprenticeshipsCreateLearnerNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_learner_uln_error_component import (
        ApiV1ApprenticeshipsCreateLearnerUlnErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_non_field_errors_error_component import (
        ApiV1ApprenticeshipsCreateNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_option_error_component import (
        ApiV1ApprenticeshipsCreateOptionErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_planned_end_date_error_component import (
        ApiV1ApprenticeshipsCreatePlannedEndDateErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_planned_otj_hours_error_component import (
        ApiV1ApprenticeshipsCreatePlannedOtjHoursErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_provider_error_component import (
        ApiV1ApprenticeshipsCreateProviderErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_standard_version_error_component import (
        ApiV1ApprenticeshipsCreateStandardVersionErrorComponent,
    )
    from ..models.api_v1_apprenticeships_create_start_date_error_component import (
        ApiV1ApprenticeshipsCreateStartDateErrorComponent,
    )


T = TypeVar("T", bound="ApiV1ApprenticeshipsCreateValidationError")


@_attrs_define
class ApiV1ApprenticeshipsCreateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1ApprenticeshipsCreateAchievementsErrorComponent |
            ApiV1ApprenticeshipsCreateAchievementsINDEXAchievedOnErrorComponent |
            ApiV1ApprenticeshipsCreateAchievementsINDEXErrorComponent |
            ApiV1ApprenticeshipsCreateAchievementsINDEXEvidenceReferenceErrorComponent |
            ApiV1ApprenticeshipsCreateAchievementsINDEXLevelErrorComponent |
            ApiV1ApprenticeshipsCreateAchievementsINDEXNonFieldErrorsErrorComponent |
            ApiV1ApprenticeshipsCreateAchievementsINDEXQualificationTypeErrorComponent |
            ApiV1ApprenticeshipsCreateAchievementsINDEXSubjectErrorComponent |
            ApiV1ApprenticeshipsCreateAchievementsNonFieldErrorsErrorComponent |
            ApiV1ApprenticeshipsCreateEmployerErrorComponent | ApiV1ApprenticeshipsCreateEpaoErrorComponent |
            ApiV1ApprenticeshipsCreateHasEhcPlanErrorComponent | ApiV1ApprenticeshipsCreateLearnerDateOfBirthErrorComponent
            | ApiV1ApprenticeshipsCreateLearnerEmailErrorComponent | ApiV1ApprenticeshipsCreateLearnerErrorComponent |
            ApiV1ApprenticeshipsCreateLearnerFamilyNameErrorComponent |
            ApiV1ApprenticeshipsCreateLearnerGivenNamesErrorComponent |
            ApiV1ApprenticeshipsCreateLearnerNonFieldErrorsErrorComponent |
            ApiV1ApprenticeshipsCreateLearnerUlnErrorComponent | ApiV1ApprenticeshipsCreateNonFieldErrorsErrorComponent |
            ApiV1ApprenticeshipsCreateOptionErrorComponent | ApiV1ApprenticeshipsCreatePlannedEndDateErrorComponent |
            ApiV1ApprenticeshipsCreatePlannedOtjHoursErrorComponent | ApiV1ApprenticeshipsCreateProviderErrorComponent |
            ApiV1ApprenticeshipsCreateStandardVersionErrorComponent | ApiV1ApprenticeshipsCreateStartDateErrorComponent]):
        request_id (str): The request's id, as in the response's `X-Request-ID` header: the client's own when it sent a
            valid one (1 to 128 of `A-Z a-z 0-9 . _ : + / = -`), otherwise generated. Quote it when reporting an error.
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1ApprenticeshipsCreateAchievementsErrorComponent
        | ApiV1ApprenticeshipsCreateAchievementsINDEXAchievedOnErrorComponent
        | ApiV1ApprenticeshipsCreateAchievementsINDEXErrorComponent
        | ApiV1ApprenticeshipsCreateAchievementsINDEXEvidenceReferenceErrorComponent
        | ApiV1ApprenticeshipsCreateAchievementsINDEXLevelErrorComponent
        | ApiV1ApprenticeshipsCreateAchievementsINDEXNonFieldErrorsErrorComponent
        | ApiV1ApprenticeshipsCreateAchievementsINDEXQualificationTypeErrorComponent
        | ApiV1ApprenticeshipsCreateAchievementsINDEXSubjectErrorComponent
        | ApiV1ApprenticeshipsCreateAchievementsNonFieldErrorsErrorComponent
        | ApiV1ApprenticeshipsCreateEmployerErrorComponent
        | ApiV1ApprenticeshipsCreateEpaoErrorComponent
        | ApiV1ApprenticeshipsCreateHasEhcPlanErrorComponent
        | ApiV1ApprenticeshipsCreateLearnerDateOfBirthErrorComponent
        | ApiV1ApprenticeshipsCreateLearnerEmailErrorComponent
        | ApiV1ApprenticeshipsCreateLearnerErrorComponent
        | ApiV1ApprenticeshipsCreateLearnerFamilyNameErrorComponent
        | ApiV1ApprenticeshipsCreateLearnerGivenNamesErrorComponent
        | ApiV1ApprenticeshipsCreateLearnerNonFieldErrorsErrorComponent
        | ApiV1ApprenticeshipsCreateLearnerUlnErrorComponent
        | ApiV1ApprenticeshipsCreateNonFieldErrorsErrorComponent
        | ApiV1ApprenticeshipsCreateOptionErrorComponent
        | ApiV1ApprenticeshipsCreatePlannedEndDateErrorComponent
        | ApiV1ApprenticeshipsCreatePlannedOtjHoursErrorComponent
        | ApiV1ApprenticeshipsCreateProviderErrorComponent
        | ApiV1ApprenticeshipsCreateStandardVersionErrorComponent
        | ApiV1ApprenticeshipsCreateStartDateErrorComponent
    ]
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_apprenticeships_create_achievements_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_index_achieved_on_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsINDEXAchievedOnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_index_evidence_reference_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsINDEXEvidenceReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_index_level_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsINDEXLevelErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_index_non_field_errors_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_index_qualification_type_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsINDEXQualificationTypeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_index_subject_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsINDEXSubjectErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_non_field_errors_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_employer_error_component import (
            ApiV1ApprenticeshipsCreateEmployerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_epao_error_component import (
            ApiV1ApprenticeshipsCreateEpaoErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_has_ehc_plan_error_component import (
            ApiV1ApprenticeshipsCreateHasEhcPlanErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_learner_date_of_birth_error_component import (
            ApiV1ApprenticeshipsCreateLearnerDateOfBirthErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_learner_email_error_component import (
            ApiV1ApprenticeshipsCreateLearnerEmailErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_learner_error_component import (
            ApiV1ApprenticeshipsCreateLearnerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_learner_family_name_error_component import (
            ApiV1ApprenticeshipsCreateLearnerFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_learner_given_names_error_component import (
            ApiV1ApprenticeshipsCreateLearnerGivenNamesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_learner_non_field_errors_error_component import (
            ApiV1ApprenticeshipsCreateLearnerNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_learner_uln_error_component import (
            ApiV1ApprenticeshipsCreateLearnerUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_non_field_errors_error_component import (
            ApiV1ApprenticeshipsCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_option_error_component import (
            ApiV1ApprenticeshipsCreateOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_planned_end_date_error_component import (
            ApiV1ApprenticeshipsCreatePlannedEndDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_planned_otj_hours_error_component import (
            ApiV1ApprenticeshipsCreatePlannedOtjHoursErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_provider_error_component import (
            ApiV1ApprenticeshipsCreateProviderErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_standard_version_error_component import (
            ApiV1ApprenticeshipsCreateStandardVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_start_date_error_component import (
            ApiV1ApprenticeshipsCreateStartDateErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1ApprenticeshipsCreateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateLearnerNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateLearnerUlnErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateLearnerGivenNamesErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateLearnerFamilyNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateLearnerDateOfBirthErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateLearnerEmailErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateStandardVersionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateProviderErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateEmployerErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateEpaoErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateStartDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreatePlannedEndDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreatePlannedOtjHoursErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateHasEhcPlanErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateAchievementsNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateAchievementsINDEXNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateAchievementsINDEXSubjectErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateAchievementsINDEXLevelErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1ApprenticeshipsCreateAchievementsINDEXQualificationTypeErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateAchievementsINDEXAchievedOnErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1ApprenticeshipsCreateAchievementsINDEXEvidenceReferenceErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateLearnerErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsCreateAchievementsErrorComponent):
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
        from ..models.api_v1_apprenticeships_create_achievements_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_index_achieved_on_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsINDEXAchievedOnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_index_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_index_evidence_reference_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsINDEXEvidenceReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_index_level_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsINDEXLevelErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_index_non_field_errors_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_index_qualification_type_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsINDEXQualificationTypeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_index_subject_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsINDEXSubjectErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_achievements_non_field_errors_error_component import (
            ApiV1ApprenticeshipsCreateAchievementsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_employer_error_component import (
            ApiV1ApprenticeshipsCreateEmployerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_epao_error_component import (
            ApiV1ApprenticeshipsCreateEpaoErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_has_ehc_plan_error_component import (
            ApiV1ApprenticeshipsCreateHasEhcPlanErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_learner_date_of_birth_error_component import (
            ApiV1ApprenticeshipsCreateLearnerDateOfBirthErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_learner_email_error_component import (
            ApiV1ApprenticeshipsCreateLearnerEmailErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_learner_error_component import (
            ApiV1ApprenticeshipsCreateLearnerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_learner_family_name_error_component import (
            ApiV1ApprenticeshipsCreateLearnerFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_learner_given_names_error_component import (
            ApiV1ApprenticeshipsCreateLearnerGivenNamesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_learner_non_field_errors_error_component import (
            ApiV1ApprenticeshipsCreateLearnerNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_learner_uln_error_component import (
            ApiV1ApprenticeshipsCreateLearnerUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_non_field_errors_error_component import (
            ApiV1ApprenticeshipsCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_option_error_component import (
            ApiV1ApprenticeshipsCreateOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_planned_end_date_error_component import (
            ApiV1ApprenticeshipsCreatePlannedEndDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_planned_otj_hours_error_component import (
            ApiV1ApprenticeshipsCreatePlannedOtjHoursErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_provider_error_component import (
            ApiV1ApprenticeshipsCreateProviderErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_standard_version_error_component import (
            ApiV1ApprenticeshipsCreateStandardVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_create_start_date_error_component import (
            ApiV1ApprenticeshipsCreateStartDateErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1ApprenticeshipsCreateAchievementsErrorComponent
                | ApiV1ApprenticeshipsCreateAchievementsINDEXAchievedOnErrorComponent
                | ApiV1ApprenticeshipsCreateAchievementsINDEXErrorComponent
                | ApiV1ApprenticeshipsCreateAchievementsINDEXEvidenceReferenceErrorComponent
                | ApiV1ApprenticeshipsCreateAchievementsINDEXLevelErrorComponent
                | ApiV1ApprenticeshipsCreateAchievementsINDEXNonFieldErrorsErrorComponent
                | ApiV1ApprenticeshipsCreateAchievementsINDEXQualificationTypeErrorComponent
                | ApiV1ApprenticeshipsCreateAchievementsINDEXSubjectErrorComponent
                | ApiV1ApprenticeshipsCreateAchievementsNonFieldErrorsErrorComponent
                | ApiV1ApprenticeshipsCreateEmployerErrorComponent
                | ApiV1ApprenticeshipsCreateEpaoErrorComponent
                | ApiV1ApprenticeshipsCreateHasEhcPlanErrorComponent
                | ApiV1ApprenticeshipsCreateLearnerDateOfBirthErrorComponent
                | ApiV1ApprenticeshipsCreateLearnerEmailErrorComponent
                | ApiV1ApprenticeshipsCreateLearnerErrorComponent
                | ApiV1ApprenticeshipsCreateLearnerFamilyNameErrorComponent
                | ApiV1ApprenticeshipsCreateLearnerGivenNamesErrorComponent
                | ApiV1ApprenticeshipsCreateLearnerNonFieldErrorsErrorComponent
                | ApiV1ApprenticeshipsCreateLearnerUlnErrorComponent
                | ApiV1ApprenticeshipsCreateNonFieldErrorsErrorComponent
                | ApiV1ApprenticeshipsCreateOptionErrorComponent
                | ApiV1ApprenticeshipsCreatePlannedEndDateErrorComponent
                | ApiV1ApprenticeshipsCreatePlannedOtjHoursErrorComponent
                | ApiV1ApprenticeshipsCreateProviderErrorComponent
                | ApiV1ApprenticeshipsCreateStandardVersionErrorComponent
                | ApiV1ApprenticeshipsCreateStartDateErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_0 = (
                        ApiV1ApprenticeshipsCreateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_1 = (
                        ApiV1ApprenticeshipsCreateLearnerNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_2 = (
                        ApiV1ApprenticeshipsCreateLearnerUlnErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_3 = (
                        ApiV1ApprenticeshipsCreateLearnerGivenNamesErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_4 = (
                        ApiV1ApprenticeshipsCreateLearnerFamilyNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_5 = (
                        ApiV1ApprenticeshipsCreateLearnerDateOfBirthErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_6 = (
                        ApiV1ApprenticeshipsCreateLearnerEmailErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_7 = (
                        ApiV1ApprenticeshipsCreateStandardVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_8 = (
                        ApiV1ApprenticeshipsCreateOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_9 = (
                        ApiV1ApprenticeshipsCreateProviderErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_10 = (
                        ApiV1ApprenticeshipsCreateEmployerErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_11 = (
                        ApiV1ApprenticeshipsCreateEpaoErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_12 = (
                        ApiV1ApprenticeshipsCreateStartDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_13 = (
                        ApiV1ApprenticeshipsCreatePlannedEndDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_14 = (
                        ApiV1ApprenticeshipsCreatePlannedOtjHoursErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_15 = (
                        ApiV1ApprenticeshipsCreateHasEhcPlanErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_16 = (
                        ApiV1ApprenticeshipsCreateAchievementsNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_17 = (
                        ApiV1ApprenticeshipsCreateAchievementsINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_18 = (
                        ApiV1ApprenticeshipsCreateAchievementsINDEXSubjectErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_19 = (
                        ApiV1ApprenticeshipsCreateAchievementsINDEXLevelErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_20 = (
                        ApiV1ApprenticeshipsCreateAchievementsINDEXQualificationTypeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_21 = (
                        ApiV1ApprenticeshipsCreateAchievementsINDEXAchievedOnErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_22 = (
                        ApiV1ApprenticeshipsCreateAchievementsINDEXEvidenceReferenceErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_23 = (
                        ApiV1ApprenticeshipsCreateLearnerErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_create_error_type_24 = (
                        ApiV1ApprenticeshipsCreateAchievementsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_create_error_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_apprenticeships_create_error_type_25 = (
                    ApiV1ApprenticeshipsCreateAchievementsINDEXErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_apprenticeships_create_error_type_25

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        request_id = d.pop("request_id")

        api_v1_apprenticeships_create_validation_error = cls(
            type_=type_,
            errors=errors,
            request_id=request_id,
        )

        api_v1_apprenticeships_create_validation_error.additional_properties = d
        return api_v1_apprenticeships_create_validation_error

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
