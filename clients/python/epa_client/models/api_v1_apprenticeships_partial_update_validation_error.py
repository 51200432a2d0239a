from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_apprenticeships_partial_update_achievements_error_component import (
        ApiV1ApprenticeshipsPartialUpdateAchievementsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_achievements_index_achieved_on_error_component import (
        ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXAchievedOnErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_achievements_index_error_component import (
        ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_achievements_index_evidence_reference_error_component import (
        ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXEvidenceReferenceErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_achievements_index_level_error_component import (
        ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXLevelErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_achievements_index_non_field_errors_error_component import (
        ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_achievements_index_qualification_type_error_component import (
        ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXQualificationTypeErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_achievements_index_subject_error_component import (
        ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXSubjectErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_achievements_non_field_errors_error_component import (
        ApiV1ApprenticeshipsPartialUpdateAchievementsNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_employer_error_component import (
        ApiV1ApprenticeshipsPartialUpdateEmployerErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_epao_error_component import (
        ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_has_ehc_plan_error_component import (
        ApiV1ApprenticeshipsPartialUpdateHasEhcPlanErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_learner_date_of_birth_error_component import (
        ApiV1ApprenticeshipsPartialUpdateLearnerDateOfBirthErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_learner_email_error_component import (
        ApiV1ApprenticeshipsPartialUpdateLearnerEmailErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_learner_error_component import (
        ApiV1ApprenticeshipsPartialUpdateLearnerErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_learner_family_name_error_component import (
        ApiV1ApprenticeshipsPartialUpdateLearnerFamilyNameErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_learner_given_names_error_component import (
        ApiV1ApprenticeshipsPartialUpdateLearnerGivenNamesErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_learner_non_field_errors_error_component import (
        ApiV1ApprenticeshipsPartialUpdateLearnerNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_learner_uln_error_component import (
        ApiV1ApprenticeshipsPartialUpdateLearnerUlnErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_non_field_errors_error_component import (
        ApiV1ApprenticeshipsPartialUpdateNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_option_error_component import (
        ApiV1ApprenticeshipsPartialUpdateOptionErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_planned_end_date_error_component import (
        ApiV1ApprenticeshipsPartialUpdatePlannedEndDateErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_planned_otj_hours_error_component import (
        ApiV1ApprenticeshipsPartialUpdatePlannedOtjHoursErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_provider_error_component import (
        ApiV1ApprenticeshipsPartialUpdateProviderErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_standard_version_error_component import (
        ApiV1ApprenticeshipsPartialUpdateStandardVersionErrorComponent,
    )
    from ..models.api_v1_apprenticeships_partial_update_start_date_error_component import (
        ApiV1ApprenticeshipsPartialUpdateStartDateErrorComponent,
    )


T = TypeVar("T", bound="ApiV1ApprenticeshipsPartialUpdateValidationError")


@_attrs_define
class ApiV1ApprenticeshipsPartialUpdateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1ApprenticeshipsPartialUpdateAchievementsErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXAchievedOnErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXEvidenceReferenceErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXLevelErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXNonFieldErrorsErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXQualificationTypeErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXSubjectErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateAchievementsNonFieldErrorsErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateEmployerErrorComponent | ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateHasEhcPlanErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateLearnerDateOfBirthErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateLearnerEmailErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateLearnerErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateLearnerFamilyNameErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateLearnerGivenNamesErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateLearnerNonFieldErrorsErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateLearnerUlnErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateNonFieldErrorsErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateOptionErrorComponent |
            ApiV1ApprenticeshipsPartialUpdatePlannedEndDateErrorComponent |
            ApiV1ApprenticeshipsPartialUpdatePlannedOtjHoursErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateProviderErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateStandardVersionErrorComponent |
            ApiV1ApprenticeshipsPartialUpdateStartDateErrorComponent]):
        request_id (str): The request's id, as in the response's `X-Request-ID` header: the client's own when it sent a
            valid one (1 to 128 of `A-Z a-z 0-9 . _ : + / = -`), otherwise generated. Quote it when reporting an error.
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1ApprenticeshipsPartialUpdateAchievementsErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXAchievedOnErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXEvidenceReferenceErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXLevelErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXNonFieldErrorsErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXQualificationTypeErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXSubjectErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateAchievementsNonFieldErrorsErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateEmployerErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateHasEhcPlanErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateLearnerDateOfBirthErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateLearnerEmailErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateLearnerErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateLearnerFamilyNameErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateLearnerGivenNamesErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateLearnerNonFieldErrorsErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateLearnerUlnErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateNonFieldErrorsErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateOptionErrorComponent
        | ApiV1ApprenticeshipsPartialUpdatePlannedEndDateErrorComponent
        | ApiV1ApprenticeshipsPartialUpdatePlannedOtjHoursErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateProviderErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateStandardVersionErrorComponent
        | ApiV1ApprenticeshipsPartialUpdateStartDateErrorComponent
    ]
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_apprenticeships_partial_update_achievements_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_index_achieved_on_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXAchievedOnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_index_evidence_reference_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXEvidenceReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_index_level_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXLevelErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_index_non_field_errors_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_index_qualification_type_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXQualificationTypeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_index_subject_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXSubjectErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_non_field_errors_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_employer_error_component import (
            ApiV1ApprenticeshipsPartialUpdateEmployerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_epao_error_component import (
            ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_has_ehc_plan_error_component import (
            ApiV1ApprenticeshipsPartialUpdateHasEhcPlanErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_learner_date_of_birth_error_component import (
            ApiV1ApprenticeshipsPartialUpdateLearnerDateOfBirthErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_learner_email_error_component import (
            ApiV1ApprenticeshipsPartialUpdateLearnerEmailErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_learner_error_component import (
            ApiV1ApprenticeshipsPartialUpdateLearnerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_learner_family_name_error_component import (
            ApiV1ApprenticeshipsPartialUpdateLearnerFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_learner_given_names_error_component import (
            ApiV1ApprenticeshipsPartialUpdateLearnerGivenNamesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_learner_non_field_errors_error_component import (
            ApiV1ApprenticeshipsPartialUpdateLearnerNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_learner_uln_error_component import (
            ApiV1ApprenticeshipsPartialUpdateLearnerUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_non_field_errors_error_component import (
            ApiV1ApprenticeshipsPartialUpdateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_option_error_component import (
            ApiV1ApprenticeshipsPartialUpdateOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_planned_end_date_error_component import (
            ApiV1ApprenticeshipsPartialUpdatePlannedEndDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_planned_otj_hours_error_component import (
            ApiV1ApprenticeshipsPartialUpdatePlannedOtjHoursErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_provider_error_component import (
            ApiV1ApprenticeshipsPartialUpdateProviderErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_standard_version_error_component import (
            ApiV1ApprenticeshipsPartialUpdateStandardVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_start_date_error_component import (
            ApiV1ApprenticeshipsPartialUpdateStartDateErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateLearnerNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateLearnerUlnErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateLearnerGivenNamesErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateLearnerFamilyNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateLearnerDateOfBirthErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateLearnerEmailErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateStandardVersionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateProviderErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateEmployerErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateStartDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdatePlannedEndDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdatePlannedOtjHoursErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateHasEhcPlanErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1ApprenticeshipsPartialUpdateAchievementsNonFieldErrorsErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXNonFieldErrorsErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXSubjectErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXLevelErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXQualificationTypeErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXAchievedOnErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXEvidenceReferenceErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateLearnerErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsPartialUpdateAchievementsErrorComponent):
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
        from ..models.api_v1_apprenticeships_partial_update_achievements_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_index_achieved_on_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXAchievedOnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_index_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_index_evidence_reference_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXEvidenceReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_index_level_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXLevelErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_index_non_field_errors_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_index_qualification_type_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXQualificationTypeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_index_subject_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXSubjectErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_achievements_non_field_errors_error_component import (
            ApiV1ApprenticeshipsPartialUpdateAchievementsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_employer_error_component import (
            ApiV1ApprenticeshipsPartialUpdateEmployerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_epao_error_component import (
            ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_has_ehc_plan_error_component import (
            ApiV1ApprenticeshipsPartialUpdateHasEhcPlanErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_learner_date_of_birth_error_component import (
            ApiV1ApprenticeshipsPartialUpdateLearnerDateOfBirthErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_learner_email_error_component import (
            ApiV1ApprenticeshipsPartialUpdateLearnerEmailErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_learner_error_component import (
            ApiV1ApprenticeshipsPartialUpdateLearnerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_learner_family_name_error_component import (
            ApiV1ApprenticeshipsPartialUpdateLearnerFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_learner_given_names_error_component import (
            ApiV1ApprenticeshipsPartialUpdateLearnerGivenNamesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_learner_non_field_errors_error_component import (
            ApiV1ApprenticeshipsPartialUpdateLearnerNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_learner_uln_error_component import (
            ApiV1ApprenticeshipsPartialUpdateLearnerUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_non_field_errors_error_component import (
            ApiV1ApprenticeshipsPartialUpdateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_option_error_component import (
            ApiV1ApprenticeshipsPartialUpdateOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_planned_end_date_error_component import (
            ApiV1ApprenticeshipsPartialUpdatePlannedEndDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_planned_otj_hours_error_component import (
            ApiV1ApprenticeshipsPartialUpdatePlannedOtjHoursErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_provider_error_component import (
            ApiV1ApprenticeshipsPartialUpdateProviderErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_standard_version_error_component import (
            ApiV1ApprenticeshipsPartialUpdateStandardVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_partial_update_start_date_error_component import (
            ApiV1ApprenticeshipsPartialUpdateStartDateErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1ApprenticeshipsPartialUpdateAchievementsErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXAchievedOnErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXEvidenceReferenceErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXLevelErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXNonFieldErrorsErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXQualificationTypeErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXSubjectErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateAchievementsNonFieldErrorsErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateEmployerErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateHasEhcPlanErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateLearnerDateOfBirthErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateLearnerEmailErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateLearnerErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateLearnerFamilyNameErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateLearnerGivenNamesErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateLearnerNonFieldErrorsErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateLearnerUlnErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateNonFieldErrorsErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateOptionErrorComponent
                | ApiV1ApprenticeshipsPartialUpdatePlannedEndDateErrorComponent
                | ApiV1ApprenticeshipsPartialUpdatePlannedOtjHoursErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateProviderErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateStandardVersionErrorComponent
                | ApiV1ApprenticeshipsPartialUpdateStartDateErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_0 = (
                        ApiV1ApprenticeshipsPartialUpdateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_1 = (
                        ApiV1ApprenticeshipsPartialUpdateLearnerNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_2 = (
                        ApiV1ApprenticeshipsPartialUpdateLearnerUlnErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_3 = (
                        ApiV1ApprenticeshipsPartialUpdateLearnerGivenNamesErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_4 = (
                        ApiV1ApprenticeshipsPartialUpdateLearnerFamilyNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_5 = (
                        ApiV1ApprenticeshipsPartialUpdateLearnerDateOfBirthErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_6 = (
                        ApiV1ApprenticeshipsPartialUpdateLearnerEmailErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_7 = (
                        ApiV1ApprenticeshipsPartialUpdateStandardVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_8 = (
                        ApiV1ApprenticeshipsPartialUpdateOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_9 = (
                        ApiV1ApprenticeshipsPartialUpdateProviderErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_10 = (
                        ApiV1ApprenticeshipsPartialUpdateEmployerErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_11 = (
                        ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_12 = (
                        ApiV1ApprenticeshipsPartialUpdateStartDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_13 = (
                        ApiV1ApprenticeshipsPartialUpdatePlannedEndDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_14 = (
                        ApiV1ApprenticeshipsPartialUpdatePlannedOtjHoursErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_15 = (
                        ApiV1ApprenticeshipsPartialUpdateHasEhcPlanErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_16 = (
                        ApiV1ApprenticeshipsPartialUpdateAchievementsNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_17 = (
                        ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_18 = (
                        ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXSubjectErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_19 = (
                        ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXLevelErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_20 = (
                        ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXQualificationTypeErrorComponent.from_dict(
                            data
                        )
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_21 = (
                        ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXAchievedOnErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_22 = (
                        ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXEvidenceReferenceErrorComponent.from_dict(
                            data
                        )
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_23 = (
                        ApiV1ApprenticeshipsPartialUpdateLearnerErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_partial_update_error_type_24 = (
                        ApiV1ApprenticeshipsPartialUpdateAchievementsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_partial_update_error_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_apprenticeships_partial_update_error_type_25 = (
                    ApiV1ApprenticeshipsPartialUpdateAchievementsINDEXErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_apprenticeships_partial_update_error_type_25

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        request_id = d.pop("request_id")

        api_v1_apprenticeships_partial_update_validation_error = cls(
            type_=type_,
            errors=errors,
            request_id=request_id,
        )

        api_v1_apprenticeships_partial_update_validation_error.additional_properties = d
        return api_v1_apprenticeships_partial_update_validation_error

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
