from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_assessment_plans_create_appeal_window_days_error_component import (
        ApiV1AssessmentPlansCreateAppealWindowDaysErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_cap_resit_grade_at_pass_error_component import (
        ApiV1AssessmentPlansCreateCapResitGradeAtPassErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_dfe_grades_error_component import (
        ApiV1AssessmentPlansCreateDfeGradesErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_epa_period_days_error_component import (
        ApiV1AssessmentPlansCreateEpaPeriodDaysErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_matrix_error_component import (
        ApiV1AssessmentPlansCreateMatrixErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_matrix_index_error_component import (
        ApiV1AssessmentPlansCreateMatrixINDEXErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_matrix_index_method_grades_error_component import (
        ApiV1AssessmentPlansCreateMatrixINDEXMethodGradesErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_matrix_index_non_field_errors_error_component import (
        ApiV1AssessmentPlansCreateMatrixINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_matrix_index_overall_grade_error_component import (
        ApiV1AssessmentPlansCreateMatrixINDEXOverallGradeErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_matrix_non_field_errors_error_component import (
        ApiV1AssessmentPlansCreateMatrixNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_max_attempts_error_component import (
        ApiV1AssessmentPlansCreateMaxAttemptsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_error_component import (
        ApiV1AssessmentPlansCreateMethodsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_code_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXCodeErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_criteria_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_band_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXBandErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_code_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXCodeErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_descriptor_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXDescriptorErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_ksbs_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_ksbs_index_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_non_field_errors_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_criteria_non_field_errors_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_grade_scale_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXGradeScaleErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_name_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXNameErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_non_field_errors_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_option_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXOptionErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_order_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXOrderErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_typical_duration_minutes_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXTypicalDurationMinutesErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_index_underpinned_by_portfolio_error_component import (
        ApiV1AssessmentPlansCreateMethodsINDEXUnderpinnedByPortfolioErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_methods_non_field_errors_error_component import (
        ApiV1AssessmentPlansCreateMethodsNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_non_field_errors_error_component import (
        ApiV1AssessmentPlansCreateNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_note_error_component import (
        ApiV1AssessmentPlansCreateNoteErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_owner_error_component import (
        ApiV1AssessmentPlansCreateOwnerErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_plan_error_component import (
        ApiV1AssessmentPlansCreatePlanErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_resit_window_days_error_component import (
        ApiV1AssessmentPlansCreateResitWindowDaysErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_retake_window_days_error_component import (
        ApiV1AssessmentPlansCreateRetakeWindowDaysErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_standard_version_error_component import (
        ApiV1AssessmentPlansCreateStandardVersionErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_title_error_component import (
        ApiV1AssessmentPlansCreateTitleErrorComponent,
    )
    from ..models.api_v1_assessment_plans_create_version_error_component import (
        ApiV1AssessmentPlansCreateVersionErrorComponent,
    )


T = TypeVar("T", bound="ApiV1AssessmentPlansCreateValidationError")


@_attrs_define
class ApiV1AssessmentPlansCreateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1AssessmentPlansCreateAppealWindowDaysErrorComponent |
            ApiV1AssessmentPlansCreateCapResitGradeAtPassErrorComponent | ApiV1AssessmentPlansCreateDfeGradesErrorComponent
            | ApiV1AssessmentPlansCreateEpaPeriodDaysErrorComponent | ApiV1AssessmentPlansCreateMatrixErrorComponent |
            ApiV1AssessmentPlansCreateMatrixINDEXErrorComponent |
            ApiV1AssessmentPlansCreateMatrixINDEXMethodGradesErrorComponent |
            ApiV1AssessmentPlansCreateMatrixINDEXNonFieldErrorsErrorComponent |
            ApiV1AssessmentPlansCreateMatrixINDEXOverallGradeErrorComponent |
            ApiV1AssessmentPlansCreateMatrixNonFieldErrorsErrorComponent |
            ApiV1AssessmentPlansCreateMaxAttemptsErrorComponent | ApiV1AssessmentPlansCreateMethodsErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXCodeErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXBandErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXCodeErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXDescriptorErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaNonFieldErrorsErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXGradeScaleErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXNameErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXNonFieldErrorsErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXOptionErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXOrderErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXTypicalDurationMinutesErrorComponent |
            ApiV1AssessmentPlansCreateMethodsINDEXUnderpinnedByPortfolioErrorComponent |
            ApiV1AssessmentPlansCreateMethodsNonFieldErrorsErrorComponent |
            ApiV1AssessmentPlansCreateNonFieldErrorsErrorComponent | ApiV1AssessmentPlansCreateNoteErrorComponent |
            ApiV1AssessmentPlansCreateOwnerErrorComponent | ApiV1AssessmentPlansCreatePlanErrorComponent |
            ApiV1AssessmentPlansCreateResitWindowDaysErrorComponent |
            ApiV1AssessmentPlansCreateRetakeWindowDaysErrorComponent |
            ApiV1AssessmentPlansCreateStandardVersionErrorComponent | ApiV1AssessmentPlansCreateTitleErrorComponent |
            ApiV1AssessmentPlansCreateVersionErrorComponent]):
        request_id (str): The request's id, as in the response's `X-Request-ID` header: the client's own when it sent a
            valid one (1 to 128 of `A-Z a-z 0-9 . _ : + / = -`), otherwise generated. Quote it when reporting an error.
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1AssessmentPlansCreateAppealWindowDaysErrorComponent
        | ApiV1AssessmentPlansCreateCapResitGradeAtPassErrorComponent
        | ApiV1AssessmentPlansCreateDfeGradesErrorComponent
        | ApiV1AssessmentPlansCreateEpaPeriodDaysErrorComponent
        | ApiV1AssessmentPlansCreateMatrixErrorComponent
        | ApiV1AssessmentPlansCreateMatrixINDEXErrorComponent
        | ApiV1AssessmentPlansCreateMatrixINDEXMethodGradesErrorComponent
        | ApiV1AssessmentPlansCreateMatrixINDEXNonFieldErrorsErrorComponent
        | ApiV1AssessmentPlansCreateMatrixINDEXOverallGradeErrorComponent
        | ApiV1AssessmentPlansCreateMatrixNonFieldErrorsErrorComponent
        | ApiV1AssessmentPlansCreateMaxAttemptsErrorComponent
        | ApiV1AssessmentPlansCreateMethodsErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXCodeErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXBandErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXCodeErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXDescriptorErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaNonFieldErrorsErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXGradeScaleErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXNameErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXNonFieldErrorsErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXOptionErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXOrderErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXTypicalDurationMinutesErrorComponent
        | ApiV1AssessmentPlansCreateMethodsINDEXUnderpinnedByPortfolioErrorComponent
        | ApiV1AssessmentPlansCreateMethodsNonFieldErrorsErrorComponent
        | ApiV1AssessmentPlansCreateNonFieldErrorsErrorComponent
        | ApiV1AssessmentPlansCreateNoteErrorComponent
        | ApiV1AssessmentPlansCreateOwnerErrorComponent
        | ApiV1AssessmentPlansCreatePlanErrorComponent
        | ApiV1AssessmentPlansCreateResitWindowDaysErrorComponent
        | ApiV1AssessmentPlansCreateRetakeWindowDaysErrorComponent
        | ApiV1AssessmentPlansCreateStandardVersionErrorComponent
        | ApiV1AssessmentPlansCreateTitleErrorComponent
        | ApiV1AssessmentPlansCreateVersionErrorComponent
    ]
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_assessment_plans_create_appeal_window_days_error_component import (
            ApiV1AssessmentPlansCreateAppealWindowDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_cap_resit_grade_at_pass_error_component import (
            ApiV1AssessmentPlansCreateCapResitGradeAtPassErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_dfe_grades_error_component import (
            ApiV1AssessmentPlansCreateDfeGradesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_epa_period_days_error_component import (
            ApiV1AssessmentPlansCreateEpaPeriodDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_matrix_error_component import (
            ApiV1AssessmentPlansCreateMatrixErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_matrix_index_method_grades_error_component import (
            ApiV1AssessmentPlansCreateMatrixINDEXMethodGradesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_matrix_index_non_field_errors_error_component import (
            ApiV1AssessmentPlansCreateMatrixINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_matrix_index_overall_grade_error_component import (
            ApiV1AssessmentPlansCreateMatrixINDEXOverallGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_matrix_non_field_errors_error_component import (
            ApiV1AssessmentPlansCreateMatrixNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_max_attempts_error_component import (
            ApiV1AssessmentPlansCreateMaxAttemptsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_error_component import (
            ApiV1AssessmentPlansCreateMethodsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_code_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_band_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXBandErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_code_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_descriptor_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXDescriptorErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_ksbs_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_ksbs_index_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_non_field_errors_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_non_field_errors_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_grade_scale_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXGradeScaleErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_name_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_non_field_errors_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_option_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_order_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXOrderErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_typical_duration_minutes_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXTypicalDurationMinutesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_underpinned_by_portfolio_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXUnderpinnedByPortfolioErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_non_field_errors_error_component import (
            ApiV1AssessmentPlansCreateMethodsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_non_field_errors_error_component import (
            ApiV1AssessmentPlansCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_note_error_component import (
            ApiV1AssessmentPlansCreateNoteErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_owner_error_component import (
            ApiV1AssessmentPlansCreateOwnerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_plan_error_component import (
            ApiV1AssessmentPlansCreatePlanErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_resit_window_days_error_component import (
            ApiV1AssessmentPlansCreateResitWindowDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_retake_window_days_error_component import (
            ApiV1AssessmentPlansCreateRetakeWindowDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_standard_version_error_component import (
            ApiV1AssessmentPlansCreateStandardVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_title_error_component import (
            ApiV1AssessmentPlansCreateTitleErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_version_error_component import (
            ApiV1AssessmentPlansCreateVersionErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1AssessmentPlansCreateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateStandardVersionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateOwnerErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateTitleErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateNoteErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateEpaPeriodDaysErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateResitWindowDaysErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateRetakeWindowDaysErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateCapResitGradeAtPassErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMaxAttemptsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateAppealWindowDaysErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateDfeGradesErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMethodsNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXCodeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXOrderErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXTypicalDurationMinutesErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXGradeScaleErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXUnderpinnedByPortfolioErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXCriteriaNonFieldErrorsErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXCodeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXBandErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXDescriptorErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(
                errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent
            ):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMatrixNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMatrixINDEXNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMatrixINDEXMethodGradesErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMatrixINDEXOverallGradeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreatePlanErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateVersionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMethodsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXCriteriaErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMatrixErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXErrorComponent):
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
        from ..models.api_v1_assessment_plans_create_appeal_window_days_error_component import (
            ApiV1AssessmentPlansCreateAppealWindowDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_cap_resit_grade_at_pass_error_component import (
            ApiV1AssessmentPlansCreateCapResitGradeAtPassErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_dfe_grades_error_component import (
            ApiV1AssessmentPlansCreateDfeGradesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_epa_period_days_error_component import (
            ApiV1AssessmentPlansCreateEpaPeriodDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_matrix_error_component import (
            ApiV1AssessmentPlansCreateMatrixErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_matrix_index_error_component import (
            ApiV1AssessmentPlansCreateMatrixINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_matrix_index_method_grades_error_component import (
            ApiV1AssessmentPlansCreateMatrixINDEXMethodGradesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_matrix_index_non_field_errors_error_component import (
            ApiV1AssessmentPlansCreateMatrixINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_matrix_index_overall_grade_error_component import (
            ApiV1AssessmentPlansCreateMatrixINDEXOverallGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_matrix_non_field_errors_error_component import (
            ApiV1AssessmentPlansCreateMatrixNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_max_attempts_error_component import (
            ApiV1AssessmentPlansCreateMaxAttemptsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_error_component import (
            ApiV1AssessmentPlansCreateMethodsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_code_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_band_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXBandErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_code_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_descriptor_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXDescriptorErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_ksbs_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_ksbs_index_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_index_non_field_errors_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_criteria_non_field_errors_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXCriteriaNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_grade_scale_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXGradeScaleErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_name_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_non_field_errors_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_option_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_order_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXOrderErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_typical_duration_minutes_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXTypicalDurationMinutesErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_index_underpinned_by_portfolio_error_component import (
            ApiV1AssessmentPlansCreateMethodsINDEXUnderpinnedByPortfolioErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_methods_non_field_errors_error_component import (
            ApiV1AssessmentPlansCreateMethodsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_non_field_errors_error_component import (
            ApiV1AssessmentPlansCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_note_error_component import (
            ApiV1AssessmentPlansCreateNoteErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_owner_error_component import (
            ApiV1AssessmentPlansCreateOwnerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_plan_error_component import (
            ApiV1AssessmentPlansCreatePlanErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_resit_window_days_error_component import (
            ApiV1AssessmentPlansCreateResitWindowDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_retake_window_days_error_component import (
            ApiV1AssessmentPlansCreateRetakeWindowDaysErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_standard_version_error_component import (
            ApiV1AssessmentPlansCreateStandardVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_title_error_component import (
            ApiV1AssessmentPlansCreateTitleErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessment_plans_create_version_error_component import (
            ApiV1AssessmentPlansCreateVersionErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1AssessmentPlansCreateAppealWindowDaysErrorComponent
                | ApiV1AssessmentPlansCreateCapResitGradeAtPassErrorComponent
                | ApiV1AssessmentPlansCreateDfeGradesErrorComponent
                | ApiV1AssessmentPlansCreateEpaPeriodDaysErrorComponent
                | ApiV1AssessmentPlansCreateMatrixErrorComponent
                | ApiV1AssessmentPlansCreateMatrixINDEXErrorComponent
                | ApiV1AssessmentPlansCreateMatrixINDEXMethodGradesErrorComponent
                | ApiV1AssessmentPlansCreateMatrixINDEXNonFieldErrorsErrorComponent
                | ApiV1AssessmentPlansCreateMatrixINDEXOverallGradeErrorComponent
                | ApiV1AssessmentPlansCreateMatrixNonFieldErrorsErrorComponent
                | ApiV1AssessmentPlansCreateMaxAttemptsErrorComponent
                | ApiV1AssessmentPlansCreateMethodsErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXCodeErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXBandErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXCodeErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXDescriptorErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXCriteriaNonFieldErrorsErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXGradeScaleErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXNameErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXNonFieldErrorsErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXOptionErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXOrderErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXTypicalDurationMinutesErrorComponent
                | ApiV1AssessmentPlansCreateMethodsINDEXUnderpinnedByPortfolioErrorComponent
                | ApiV1AssessmentPlansCreateMethodsNonFieldErrorsErrorComponent
                | ApiV1AssessmentPlansCreateNonFieldErrorsErrorComponent
                | ApiV1AssessmentPlansCreateNoteErrorComponent
                | ApiV1AssessmentPlansCreateOwnerErrorComponent
                | ApiV1AssessmentPlansCreatePlanErrorComponent
                | ApiV1AssessmentPlansCreateResitWindowDaysErrorComponent
                | ApiV1AssessmentPlansCreateRetakeWindowDaysErrorComponent
                | ApiV1AssessmentPlansCreateStandardVersionErrorComponent
                | ApiV1AssessmentPlansCreateTitleErrorComponent
                | ApiV1AssessmentPlansCreateVersionErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_0 = (
                        ApiV1AssessmentPlansCreateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_1 = (
                        ApiV1AssessmentPlansCreateStandardVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_2 = (
                        ApiV1AssessmentPlansCreateOwnerErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_3 = (
                        ApiV1AssessmentPlansCreateTitleErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_4 = (
                        ApiV1AssessmentPlansCreateNoteErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_5 = (
                        ApiV1AssessmentPlansCreateEpaPeriodDaysErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_6 = (
                        ApiV1AssessmentPlansCreateResitWindowDaysErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_7 = (
                        ApiV1AssessmentPlansCreateRetakeWindowDaysErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_8 = (
                        ApiV1AssessmentPlansCreateCapResitGradeAtPassErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_9 = (
                        ApiV1AssessmentPlansCreateMaxAttemptsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_10 = (
                        ApiV1AssessmentPlansCreateAppealWindowDaysErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_11 = (
                        ApiV1AssessmentPlansCreateDfeGradesErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_12 = (
                        ApiV1AssessmentPlansCreateMethodsNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_13 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_14 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXCodeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_15 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_16 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXOrderErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_17 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXTypicalDurationMinutesErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_18 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXGradeScaleErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_19 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_20 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXUnderpinnedByPortfolioErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_21 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_22 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_23 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXCodeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_24 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXBandErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_25 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXDescriptorErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_26 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_27 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsINDEXErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_28 = (
                        ApiV1AssessmentPlansCreateMatrixNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_28
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_29 = (
                        ApiV1AssessmentPlansCreateMatrixINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_29
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_30 = (
                        ApiV1AssessmentPlansCreateMatrixINDEXMethodGradesErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_30
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_31 = (
                        ApiV1AssessmentPlansCreateMatrixINDEXOverallGradeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_31
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_32 = (
                        ApiV1AssessmentPlansCreatePlanErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_32
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_33 = (
                        ApiV1AssessmentPlansCreateVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_33
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_34 = (
                        ApiV1AssessmentPlansCreateMethodsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_34
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_35 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_35
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_36 = (
                        ApiV1AssessmentPlansCreateMatrixErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_36
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_37 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_37
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessment_plans_create_error_type_38 = (
                        ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessment_plans_create_error_type_38
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_assessment_plans_create_error_type_39 = (
                    ApiV1AssessmentPlansCreateMatrixINDEXErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_assessment_plans_create_error_type_39

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        request_id = d.pop("request_id")

        api_v1_assessment_plans_create_validation_error = cls(
            type_=type_,
            errors=errors,
            request_id=request_id,
        )

        api_v1_assessment_plans_create_validation_error.additional_properties = d
        return api_v1_assessment_plans_create_validation_error

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
