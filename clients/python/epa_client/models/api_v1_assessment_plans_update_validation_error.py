from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_assessment_plans_update_appeal_window_days_error_component import (
        ApiV1AssessmentPlansUpdateAppealWindowDaysErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_cap_resit_grade_at_pass_error_component import (
        ApiV1AssessmentPlansUpdateCapResitGradeAtPassErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_dfe_grades_error_component import (
        ApiV1AssessmentPlansUpdateDfeGradesErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_epa_period_days_error_component import (
        ApiV1AssessmentPlansUpdateEpaPeriodDaysErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_matrix_error_component import (
        ApiV1AssessmentPlansUpdateMatrixErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_matrix_index_error_component import (
        ApiV1AssessmentPlansUpdateMatrixINDEXErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_matrix_index_method_grades_error_component import (
        ApiV1AssessmentPlansUpdateMatrixINDEXMethodGradesErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_matrix_index_non_field_errors_error_component import (
        ApiV1AssessmentPlansUpdateMatrixINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_matrix_index_overall_grade_error_component import (
        ApiV1AssessmentPlansUpdateMatrixINDEXOverallGradeErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_matrix_non_field_errors_error_component import (
        ApiV1AssessmentPlansUpdateMatrixNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_max_attempts_error_component import (
        ApiV1AssessmentPlansUpdateMaxAttemptsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_error_component import (
        ApiV1AssessmentPlansUpdateMethodsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_code_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXCodeErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_criteria_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_band_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXBandErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_code_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXCodeErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_descriptor_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXDescriptorErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_ksbs_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_ksbs_index_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_non_field_errors_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_criteria_non_field_errors_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_grade_scale_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXGradeScaleErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_name_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXNameErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_non_field_errors_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_option_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXOptionErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_order_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXOrderErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_typical_duration_minutes_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXTypicalDurationMinutesErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_index_underpinned_by_portfolio_error_component import (
        ApiV1AssessmentPlansUpdateMethodsINDEXUnderpinnedByPortfolioErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_methods_non_field_errors_error_component import (
        ApiV1AssessmentPlansUpdateMethodsNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_non_field_errors_error_component import (
        ApiV1AssessmentPlansUpdateNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_note_error_component import (
        ApiV1AssessmentPlansUpdateNoteErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_owner_error_component import (
        ApiV1AssessmentPlansUpdateOwnerErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_plan_error_component import (
        ApiV1AssessmentPlansUpdatePlanErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_resit_window_days_error_component import (
        ApiV1AssessmentPlansUpdateResitWindowDaysErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_retake_window_days_error_component import (
        ApiV1AssessmentPlansUpdateRetakeWindowDaysErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_standard_version_error_component import (
        ApiV1AssessmentPlansUpdateStandardVersionErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_title_error_component import (
        ApiV1AssessmentPlansUpdateTitleErrorComponent,
    )
    from ..models.api_v1_assessment_plans_update_version_error_component import (
        ApiV1AssessmentPlansUpdateVersionErrorComponent,
    )


T = TypeVar("T", bound="ApiV1AssessmentPlansUpdateValidationError")


@_attrs_define
class ApiV1AssessmentPlansUpdateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1AssessmentPlansUpdateAppealWindowDaysErrorComponent |
            ApiV1AssessmentPlansUpdateCapResitGradeAtPassErrorComponent | ApiV1AssessmentPlansUpdateDfeGradesErrorComponent
            | ApiV1AssessmentPlansUpdateEpaPeriodDaysErrorComponent | ApiV1AssessmentPlansUpdateMatrixErrorComponent |
            ApiV1AssessmentPlansUpdateMatrixINDEXErrorComponent |
            ApiV1AssessmentPlansUpdateMatrixINDEXMethodGradesErrorComponent |
            ApiV1AssessmentPlansUpdateMatrixINDEXNonFieldErrorsErrorComponent |
            ApiV1AssessmentPlansUpdateMatrixINDEXOverallGradeErrorComponent |
            ApiV1AssessmentPlansUpdateMatrixNonFieldErrorsErrorComponent |
            ApiV1AssessmentPlansUpdateMaxAttemptsErrorComponent | ApiV1AssessmentPlansUpdateMethodsErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXCodeErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXBandErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXCodeErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXDescriptorErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaNonFieldErrorsErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXGradeScaleErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXNameErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXNonFieldErrorsErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXOptionErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXOrderErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXTypicalDurationMinutesErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsINDEXUnderpinnedByPortfolioErrorComponent |
            ApiV1AssessmentPlansUpdateMethodsNonFieldErrorsErrorComponent |
            ApiV1AssessmentPlansUpdateNonFieldErrorsErrorComponent | ApiV1AssessmentPlansUpdateNoteErrorComponent |
            ApiV1AssessmentPlansUpdateOwnerErrorComponent | ApiV1AssessmentPlansUpdatePlanErrorComponent |
            ApiV1AssessmentPlansUpdateResitWindowDaysErrorComponent |
            ApiV1AssessmentPlansUpdateRetakeWindowDaysErrorComponent |
            ApiV1AssessmentPlansUpdateStandardVersionErrorComponent | ApiV1AssessmentPlansUpdateTitleErrorComponent |
            ApiV1AssessmentPlansUpdateVersionErrorComponent]):
        request_id (str): The request's id, as in the response's `X-Request-ID` header: the client's own when it sent a
            valid one (1 to 128 of `A-Z a-z 0-9 . _ : + / = -`), otherwise generated. Quote it when reporting an error.
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1AssessmentPlansUpdateAppealWindowDaysErrorComponent
        | ApiV1AssessmentPlansUpdateCapResitGradeAtPassErrorComponent
        | ApiV1AssessmentPlansUpdateDfeGradesErrorComponent
        | ApiV1AssessmentPlansUpdateEpaPeriodDaysErrorComponent
        | ApiV1AssessmentPlansUpdateMatrixErrorComponent
        | ApiV1AssessmentPlansUpdateMatrixINDEXErrorComponent
        | ApiV1AssessmentPlansUpdateMatrixINDEXMethodGradesErrorComponent
        | ApiV1AssessmentPlansUpdateMatrixINDEXNonFieldErrorsErrorComponent
        | ApiV1AssessmentPlansUpdateMatrixINDEXOverallGradeErrorComponent
        | ApiV1AssessmentPlansUpdateMatrixNonFieldErrorsErrorComponent
        | ApiV1AssessmentPlansUpdateMaxAttemptsErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXCodeErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXBandErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXCodeErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXDescriptorErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaNonFieldErrorsErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXGradeScaleErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXNameErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXNonFieldErrorsErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXOptionErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXOrderErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXTypicalDurationMinutesErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsINDEXUnderpinnedByPortfolioErrorComponent
        | ApiV1AssessmentPlansUpdateMethodsNonFieldErrorsErrorComponent
        | ApiV1AssessmentPlansUpdateNonFieldErrorsErrorComponent
        | ApiV1AssessmentPlansUpdateNoteErrorComponent
        | ApiV1AssessmentPlansUpdateOwnerErrorComponent
        | ApiV1AssessmentPlansUpdatePlanErrorComponent
        | ApiV1AssessmentPlansUpdateResitWindowDaysErrorComponent
        | ApiV1AssessmentPlansUpdateRetakeWindowDaysErrorComponent
        | ApiV1AssessmentPlansUpdateStandardVersionErrorComponent
        | ApiV1AssessmentPlansUpdateTitleErrorComponent
        | ApiV1AssessmentPlansUpdateVersionErrorComponent
    ]
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_assessment_plans_update_appeal_window_days_error_component import (
            ApiV1AssessmentPlansUpdateAppealWindowDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_cap_resit_grade_at_pass_error_component import (
            ApiV1AssessmentPlansUpdateCapResitGradeAtPassErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_dfe_grades_error_component import (
            ApiV1AssessmentPlansUpdateDfeGradesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_epa_period_days_error_component import (
            ApiV1AssessmentPlansUpdateEpaPeriodDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_matrix_error_component import (
            ApiV1AssessmentPlansUpdateMatrixErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_matrix_index_method_grades_error_component import (
            ApiV1AssessmentPlansUpdateMatrixINDEXMethodGradesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_matrix_index_non_field_errors_error_component import (
            ApiV1AssessmentPlansUpdateMatrixINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_matrix_index_overall_grade_error_component import (
            ApiV1AssessmentPlansUpdateMatrixINDEXOverallGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_matrix_non_field_errors_error_component import (
            ApiV1AssessmentPlansUpdateMatrixNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_max_attempts_error_component import (
            ApiV1AssessmentPlansUpdateMaxAttemptsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_error_component import (
            ApiV1AssessmentPlansUpdateMethodsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_code_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_band_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXBandErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_code_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_descriptor_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXDescriptorErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_ksbs_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_ksbs_index_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_non_field_errors_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_non_field_errors_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_grade_scale_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXGradeScaleErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_name_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_non_field_errors_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_option_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_order_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXOrderErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_typical_duration_minutes_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXTypicalDurationMinutesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_underpinned_by_portfolio_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXUnderpinnedByPortfolioErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_non_field_errors_error_component import (
            ApiV1AssessmentPlansUpdateMethodsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_non_field_errors_error_component import (
            ApiV1AssessmentPlansUpdateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_note_error_component import (
            ApiV1AssessmentPlansUpdateNoteErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_owner_error_component import (
            ApiV1AssessmentPlansUpdateOwnerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_plan_error_component import (
            ApiV1AssessmentPlansUpdatePlanErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_resit_window_days_error_component import (
            ApiV1AssessmentPlansUpdateResitWindowDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_retake_window_days_error_component import (
            ApiV1AssessmentPlansUpdateRetakeWindowDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_standard_version_error_component import (
            ApiV1AssessmentPlansUpdateStandardVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_title_error_component import (
            ApiV1AssessmentPlansUpdateTitleErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_version_error_component import (
            ApiV1AssessmentPlansUpdateVersionErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1AssessmentPlansUpdateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateStandardVersionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateOwnerErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateTitleErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateNoteErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateEpaPeriodDaysErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateResitWindowDaysErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateRetakeWindowDaysErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateCapResitGradeAtPassErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMaxAttemptsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateAppealWindowDaysErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateDfeGradesErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMethodsNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXCodeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXOrderErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXTypicalDurationMinutesErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXGradeScaleErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXUnderpinnedByPortfolioErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaNonFieldErrorsErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXCodeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXBandErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXDescriptorErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMatrixNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMatrixINDEXNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMatrixINDEXMethodGradesErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMatrixINDEXOverallGradeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdatePlanErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateVersionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMethodsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMatrixErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXErrorComponent):
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
        from ..models.api_v1_assessment_plans_update_appeal_window_days_error_component import (
            ApiV1AssessmentPlansUpdateAppealWindowDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_cap_resit_grade_at_pass_error_component import (
            ApiV1AssessmentPlansUpdateCapResitGradeAtPassErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_dfe_grades_error_component import (
            ApiV1AssessmentPlansUpdateDfeGradesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_epa_period_days_error_component import (
            ApiV1AssessmentPlansUpdateEpaPeriodDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_matrix_error_component import (
            ApiV1AssessmentPlansUpdateMatrixErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_matrix_index_error_component import (
            ApiV1AssessmentPlansUpdateMatrixINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_matrix_index_method_grades_error_component import (
            ApiV1AssessmentPlansUpdateMatrixINDEXMethodGradesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_matrix_index_non_field_errors_error_component import (
            ApiV1AssessmentPlansUpdateMatrixINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_matrix_index_overall_grade_error_component import (
            ApiV1AssessmentPlansUpdateMatrixINDEXOverallGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_matrix_non_field_errors_error_component import (
            ApiV1AssessmentPlansUpdateMatrixNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_max_attempts_error_component import (
            ApiV1AssessmentPlansUpdateMaxAttemptsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_error_component import (
            ApiV1AssessmentPlansUpdateMethodsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_code_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_band_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXBandErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_code_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_descriptor_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXDescriptorErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_ksbs_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_ksbs_index_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_index_non_field_errors_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_criteria_non_field_errors_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_grade_scale_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXGradeScaleErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_name_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_non_field_errors_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_option_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_order_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXOrderErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_typical_duration_minutes_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXTypicalDurationMinutesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_index_underpinned_by_portfolio_error_component import (
            ApiV1AssessmentPlansUpdateMethodsINDEXUnderpinnedByPortfolioErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_methods_non_field_errors_error_component import (
            ApiV1AssessmentPlansUpdateMethodsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_non_field_errors_error_component import (
            ApiV1AssessmentPlansUpdateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_note_error_component import (
            ApiV1AssessmentPlansUpdateNoteErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_owner_error_component import (
            ApiV1AssessmentPlansUpdateOwnerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_plan_error_component import (
            ApiV1AssessmentPlansUpdatePlanErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_resit_window_days_error_component import (
            ApiV1AssessmentPlansUpdateResitWindowDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_retake_window_days_error_component import (
            ApiV1AssessmentPlansUpdateRetakeWindowDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_standard_version_error_component import (
            ApiV1AssessmentPlansUpdateStandardVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_title_error_component import (
            ApiV1AssessmentPlansUpdateTitleErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_update_version_error_component import (
            ApiV1AssessmentPlansUpdateVersionErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1AssessmentPlansUpdateAppealWindowDaysErrorComponent
                | ApiV1AssessmentPlansUpdateCapResitGradeAtPassErrorComponent
                | ApiV1AssessmentPlansUpdateDfeGradesErrorComponent
                | ApiV1AssessmentPlansUpdateEpaPeriodDaysErrorComponent
                | ApiV1AssessmentPlansUpdateMatrixErrorComponent
                | ApiV1AssessmentPlansUpdateMatrixINDEXErrorComponent
                | ApiV1AssessmentPlansUpdateMatrixINDEXMethodGradesErrorComponent
                | ApiV1AssessmentPlansUpdateMatrixINDEXNonFieldErrorsErrorComponent
                | ApiV1AssessmentPlansUpdateMatrixINDEXOverallGradeErrorComponent
                | ApiV1AssessmentPlansUpdateMatrixNonFieldErrorsErrorComponent
                | ApiV1AssessmentPlansUpdateMaxAttemptsErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXCodeErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXBandErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXCodeErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXDescriptorErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaNonFieldErrorsErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXGradeScaleErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXNameErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXNonFieldErrorsErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXOptionErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXOrderErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXTypicalDurationMinutesErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsINDEXUnderpinnedByPortfolioErrorComponent
                | ApiV1AssessmentPlansUpdateMethodsNonFieldErrorsErrorComponent
                | ApiV1AssessmentPlansUpdateNonFieldErrorsErrorComponent
                | ApiV1AssessmentPlansUpdateNoteErrorComponent
                | ApiV1AssessmentPlansUpdateOwnerErrorComponent
                | ApiV1AssessmentPlansUpdatePlanErrorComponent
                | ApiV1AssessmentPlansUpdateResitWindowDaysErrorComponent
                | ApiV1AssessmentPlansUpdateRetakeWindowDaysErrorComponent
                | ApiV1AssessmentPlansUpdateStandardVersionErrorComponent
                | ApiV1AssessmentPlansUpdateTitleErrorComponent
                | ApiV1AssessmentPlansUpdateVersionErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_0 = (
                        ApiV1AssessmentPlansUpdateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_1 = (
                        ApiV1AssessmentPlansUpdateStandardVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_2 = (
                        ApiV1AssessmentPlansUpdateOwnerErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_3 = (
                        ApiV1AssessmentPlansUpdateTitleErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_4 = (
                        ApiV1AssessmentPlansUpdateNoteErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_5 = (
                        ApiV1AssessmentPlansUpdateEpaPeriodDaysErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_6 = (
                        ApiV1AssessmentPlansUpdateResitWindowDaysErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_7 = (
                        ApiV1AssessmentPlansUpdateRetakeWindowDaysErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_8 = (
                        ApiV1AssessmentPlansUpdateCapResitGradeAtPassErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_9 = (
                        ApiV1AssessmentPlansUpdateMaxAttemptsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_10 = (
                        ApiV1AssessmentPlansUpdateAppealWindowDaysErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_11 = (
                        ApiV1AssessmentPlansUpdateDfeGradesErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_12 = (
                        ApiV1AssessmentPlansUpdateMethodsNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_13 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_14 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXCodeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_15 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_16 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXOrderErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_17 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXTypicalDurationMinutesErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_18 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXGradeScaleErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_19 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_20 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXUnderpinnedByPortfolioErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_21 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_22 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_23 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXCodeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_24 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXBandErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_25 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXDescriptorErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_26 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_27 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_28 = (
                        ApiV1AssessmentPlansUpdateMatrixNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_28
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_29 = (
                        ApiV1AssessmentPlansUpdateMatrixINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_29
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_30 = (
                        ApiV1AssessmentPlansUpdateMatrixINDEXMethodGradesErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_30
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_31 = (
                        ApiV1AssessmentPlansUpdateMatrixINDEXOverallGradeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_31
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_32 = (
                        ApiV1AssessmentPlansUpdatePlanErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_32
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_33 = (
                        ApiV1AssessmentPlansUpdateVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_33
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_34 = (
                        ApiV1AssessmentPlansUpdateMethodsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_34
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_35 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_35
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_36 = (
                        ApiV1AssessmentPlansUpdateMatrixErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_36
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_37 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_37
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_update_error_type_38 = (
                        ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaINDEXErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_update_error_type_38
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_assessment_plans_update_error_type_39 = (
                    ApiV1AssessmentPlansUpdateMatrixINDEXErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_assessment_plans_update_error_type_39

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        request_id = d.pop("request_id")

        api_v1_assessment_plans_update_validation_error = cls(
            type_=type_,
            errors=errors,
            request_id=request_id,
        )

        api_v1_assessment_plans_update_validation_error.additional_properties = d
        return api_v1_assessment_plans_update_validation_error

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
