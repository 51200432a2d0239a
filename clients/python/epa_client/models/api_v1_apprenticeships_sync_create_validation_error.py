from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_apprenticeships_sync_create_idempotency_key_error_component import (
        ApiV1ApprenticeshipsSyncCreateIdempotencyKeyErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_non_field_errors_error_component import (
        ApiV1ApprenticeshipsSyncCreateNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_provider_error_component import (
        ApiV1ApprenticeshipsSyncCreateProviderErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_achieved_on_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXAchievedOnErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_evidence_reference_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXEvidenceReferenceErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_level_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXLevelErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_non_field_errors_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_qualification_type_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXQualificationTypeErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_subject_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXSubjectErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_non_field_errors_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_date_of_birth_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXDateOfBirthErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_email_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmailErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_employer_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmployerErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_epao_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXEpaoErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_family_name_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXFamilyNameErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_given_names_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXGivenNamesErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_has_ehc_plan_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXHasEhcPlanErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_non_field_errors_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_option_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXOptionErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_planned_end_date_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedEndDateErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_planned_otj_hours_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedOtjHoursErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_standard_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXStandardErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_start_date_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXStartDateErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_status_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXStatusErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_uln_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXUlnErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_version_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXVersionErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_withdrawal_reason_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawalReasonErrorComponent,
    )
    from ..models.api_v1_apprenticeships_sync_create_records_index_withdrawn_on_error_component import (
        ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawnOnErrorComponent,
    )


T = TypeVar("T", bound="ApiV1ApprenticeshipsSyncCreateValidationError")


@_attrs_define
class ApiV1ApprenticeshipsSyncCreateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1ApprenticeshipsSyncCreateIdempotencyKeyErrorComponent |
            ApiV1ApprenticeshipsSyncCreateNonFieldErrorsErrorComponent |
            ApiV1ApprenticeshipsSyncCreateProviderErrorComponent | ApiV1ApprenticeshipsSyncCreateRecordsErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXAchievedOnErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXEvidenceReferenceErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXLevelErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXNonFieldErrorsErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXQualificationTypeErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXSubjectErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsNonFieldErrorsErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXDateOfBirthErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmailErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmployerErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXEpaoErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXFamilyNameErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXGivenNamesErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXHasEhcPlanErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXNonFieldErrorsErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXOptionErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedEndDateErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedOtjHoursErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXStandardErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXStartDateErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXStatusErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXUlnErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXVersionErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawalReasonErrorComponent |
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawnOnErrorComponent]):
        request_id (str): The request's id, as in the response's `X-Request-ID` header: the client's own when it sent a
            valid one (1 to 128 of `A-Z a-z 0-9 . _ : + / = -`), otherwise generated. Quote it when reporting an error.
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1ApprenticeshipsSyncCreateIdempotencyKeyErrorComponent
        | ApiV1ApprenticeshipsSyncCreateNonFieldErrorsErrorComponent
        | ApiV1ApprenticeshipsSyncCreateProviderErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXAchievedOnErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXEvidenceReferenceErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXLevelErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXNonFieldErrorsErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXQualificationTypeErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXSubjectErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsNonFieldErrorsErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXDateOfBirthErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmailErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmployerErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXEpaoErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXFamilyNameErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXGivenNamesErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXHasEhcPlanErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXNonFieldErrorsErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXOptionErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedEndDateErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedOtjHoursErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXStandardErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXStartDateErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXStatusErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXUlnErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXVersionErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawalReasonErrorComponent
        | ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawnOnErrorComponent
    ]
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_apprenticeships_sync_create_non_field_errors_error_component import (
            ApiV1ApprenticeshipsSyncCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_provider_error_component import (
            ApiV1ApprenticeshipsSyncCreateProviderErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_achieved_on_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXAchievedOnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_evidence_reference_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXEvidenceReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_level_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXLevelErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_non_field_errors_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_qualification_type_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXQualificationTypeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_subject_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXSubjectErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_non_field_errors_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_date_of_birth_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXDateOfBirthErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_email_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmailErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_employer_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmployerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_epao_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXEpaoErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_family_name_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_given_names_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXGivenNamesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_has_ehc_plan_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXHasEhcPlanErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_non_field_errors_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_option_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_planned_end_date_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedEndDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_planned_otj_hours_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedOtjHoursErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_standard_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXStandardErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_start_date_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXStartDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_status_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXStatusErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_uln_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_version_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_withdrawal_reason_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawalReasonErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_withdrawn_on_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawnOnErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateProviderErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXUlnErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXGivenNamesErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXFamilyNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXDateOfBirthErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmailErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXStandardErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXVersionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmployerErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXEpaoErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXStartDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedEndDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedOtjHoursErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXHasEhcPlanErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsNonFieldErrorsErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data,
                ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXNonFieldErrorsErrorComponent,
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXSubjectErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXLevelErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data,
                ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXQualificationTypeErrorComponent,
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXAchievedOnErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data,
                ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXEvidenceReferenceErrorComponent,
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXStatusErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawnOnErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawalReasonErrorComponent):
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
        from ..models.api_v1_apprenticeships_sync_create_idempotency_key_error_component import (
            ApiV1ApprenticeshipsSyncCreateIdempotencyKeyErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_non_field_errors_error_component import (
            ApiV1ApprenticeshipsSyncCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_provider_error_component import (
            ApiV1ApprenticeshipsSyncCreateProviderErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_achieved_on_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXAchievedOnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_evidence_reference_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXEvidenceReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_level_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXLevelErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_non_field_errors_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_qualification_type_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXQualificationTypeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_index_subject_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXSubjectErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_achievements_non_field_errors_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_date_of_birth_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXDateOfBirthErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_email_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmailErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_employer_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmployerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_epao_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXEpaoErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_family_name_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_given_names_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXGivenNamesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_has_ehc_plan_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXHasEhcPlanErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_non_field_errors_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_option_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_planned_end_date_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedEndDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_planned_otj_hours_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedOtjHoursErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_standard_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXStandardErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_start_date_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXStartDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_status_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXStatusErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_uln_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_version_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_withdrawal_reason_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawalReasonErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_sync_create_records_index_withdrawn_on_error_component import (
            ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawnOnErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1ApprenticeshipsSyncCreateIdempotencyKeyErrorComponent
                | ApiV1ApprenticeshipsSyncCreateNonFieldErrorsErrorComponent
                | ApiV1ApprenticeshipsSyncCreateProviderErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXAchievedOnErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXEvidenceReferenceErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXLevelErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXNonFieldErrorsErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXQualificationTypeErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXSubjectErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsNonFieldErrorsErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXDateOfBirthErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmailErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmployerErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXEpaoErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXFamilyNameErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXGivenNamesErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXHasEhcPlanErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXNonFieldErrorsErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXOptionErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedEndDateErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedOtjHoursErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXStandardErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXStartDateErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXStatusErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXUlnErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXVersionErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawalReasonErrorComponent
                | ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawnOnErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_0 = (
                        ApiV1ApprenticeshipsSyncCreateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_1 = (
                        ApiV1ApprenticeshipsSyncCreateProviderErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_2 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_3 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_4 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXUlnErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_5 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXGivenNamesErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_6 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXFamilyNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_7 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXDateOfBirthErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_8 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmailErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_9 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXStandardErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_10 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_11 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_12 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXEmployerErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_13 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXEpaoErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_14 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXStartDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_15 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedEndDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_16 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXPlannedOtjHoursErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_17 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXHasEhcPlanErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_18 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsNonFieldErrorsErrorComponent.from_dict(
                            data
                        )
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_19 = ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXNonFieldErrorsErrorComponent.from_dict(
                        data
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_20 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXSubjectErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_21 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXLevelErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_22 = ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXQualificationTypeErrorComponent.from_dict(
                        data
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_23 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXAchievedOnErrorComponent.from_dict(
                            data
                        )
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_24 = ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXEvidenceReferenceErrorComponent.from_dict(
                        data
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_25 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXStatusErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_26 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawnOnErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_sync_create_error_type_27 = (
                        ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawalReasonErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_sync_create_error_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_apprenticeships_sync_create_error_type_28 = (
                    ApiV1ApprenticeshipsSyncCreateIdempotencyKeyErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_apprenticeships_sync_create_error_type_28

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        request_id = d.pop("request_id")

        api_v1_apprenticeships_sync_create_validation_error = cls(
            type_=type_,
            errors=errors,
            request_id=request_id,
        )

        api_v1_apprenticeships_sync_create_validation_error.additional_properties = d
        return api_v1_apprenticeships_sync_create_validation_error

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
