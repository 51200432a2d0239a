from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_epa_date_error_component import (
        ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_epa_outcome_error_component import (
        ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_non_field_errors_error_component import (
        ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_resit_error_component import (
        ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_retake_error_component import (
        ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXRetakeErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_epa_details_epas_non_field_errors_error_component import (
        ApiDfeV1EpaUpdateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_epa_details_non_field_errors_error_component import (
        ApiDfeV1EpaUpdateINDEXEpaDetailsNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_epa_reference_error_component import (
        ApiDfeV1EpaUpdateINDEXEpaReferenceErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_learner_family_name_error_component import (
        ApiDfeV1EpaUpdateINDEXLearnerFamilyNameErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_learner_non_field_errors_error_component import (
        ApiDfeV1EpaUpdateINDEXLearnerNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_learner_uln_error_component import (
        ApiDfeV1EpaUpdateINDEXLearnerUlnErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_learning_details_course_option_error_component import (
        ApiDfeV1EpaUpdateINDEXLearningDetailsCourseOptionErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_learning_details_non_field_errors_error_component import (
        ApiDfeV1EpaUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_learning_details_version_error_component import (
        ApiDfeV1EpaUpdateINDEXLearningDetailsVersionErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_non_field_errors_error_component import (
        ApiDfeV1EpaUpdateINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_request_id_error_component import (
        ApiDfeV1EpaUpdateINDEXRequestIdErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_standard_non_field_errors_error_component import (
        ApiDfeV1EpaUpdateINDEXStandardNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_standard_standard_code_error_component import (
        ApiDfeV1EpaUpdateINDEXStandardStandardCodeErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_index_standard_standard_reference_error_component import (
        ApiDfeV1EpaUpdateINDEXStandardStandardReferenceErrorComponent,
    )
    from ..models.api_dfe_v1_epa_update_non_field_errors_error_component import (
        ApiDfeV1EpaUpdateNonFieldErrorsErrorComponent,
    )


T = TypeVar("T", bound="ApiDfeV1EpaUpdateValidationError")


@_attrs_define
class ApiDfeV1EpaUpdateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent |
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent |
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent |
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponent |
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXRetakeErrorComponent |
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent |
            ApiDfeV1EpaUpdateINDEXEpaDetailsNonFieldErrorsErrorComponent | ApiDfeV1EpaUpdateINDEXEpaReferenceErrorComponent
            | ApiDfeV1EpaUpdateINDEXLearnerFamilyNameErrorComponent |
            ApiDfeV1EpaUpdateINDEXLearnerNonFieldErrorsErrorComponent | ApiDfeV1EpaUpdateINDEXLearnerUlnErrorComponent |
            ApiDfeV1EpaUpdateINDEXLearningDetailsCourseOptionErrorComponent |
            ApiDfeV1EpaUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent |
            ApiDfeV1EpaUpdateINDEXLearningDetailsVersionErrorComponent | ApiDfeV1EpaUpdateINDEXNonFieldErrorsErrorComponent
            | ApiDfeV1EpaUpdateINDEXRequestIdErrorComponent | ApiDfeV1EpaUpdateINDEXStandardNonFieldErrorsErrorComponent |
            ApiDfeV1EpaUpdateINDEXStandardStandardCodeErrorComponent |
            ApiDfeV1EpaUpdateINDEXStandardStandardReferenceErrorComponent | ApiDfeV1EpaUpdateNonFieldErrorsErrorComponent]):
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent
        | ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent
        | ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent
        | ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponent
        | ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXRetakeErrorComponent
        | ApiDfeV1EpaUpdateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent
        | ApiDfeV1EpaUpdateINDEXEpaDetailsNonFieldErrorsErrorComponent
        | ApiDfeV1EpaUpdateINDEXEpaReferenceErrorComponent
        | ApiDfeV1EpaUpdateINDEXLearnerFamilyNameErrorComponent
        | ApiDfeV1EpaUpdateINDEXLearnerNonFieldErrorsErrorComponent
        | ApiDfeV1EpaUpdateINDEXLearnerUlnErrorComponent
        | ApiDfeV1EpaUpdateINDEXLearningDetailsCourseOptionErrorComponent
        | ApiDfeV1EpaUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent
        | ApiDfeV1EpaUpdateINDEXLearningDetailsVersionErrorComponent
        | ApiDfeV1EpaUpdateINDEXNonFieldErrorsErrorComponent
        | ApiDfeV1EpaUpdateINDEXRequestIdErrorComponent
        | ApiDfeV1EpaUpdateINDEXStandardNonFieldErrorsErrorComponent
        | ApiDfeV1EpaUpdateINDEXStandardStandardCodeErrorComponent
        | ApiDfeV1EpaUpdateINDEXStandardStandardReferenceErrorComponent
        | ApiDfeV1EpaUpdateNonFieldErrorsErrorComponent
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_epa_date_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_epa_outcome_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_resit_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_retake_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXRetakeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_epa_details_epas_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_epa_details_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaDetailsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_learner_family_name_error_component import (
            ApiDfeV1EpaUpdateINDEXLearnerFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_learner_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateINDEXLearnerNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_learner_uln_error_component import (
            ApiDfeV1EpaUpdateINDEXLearnerUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_learning_details_course_option_error_component import (
            ApiDfeV1EpaUpdateINDEXLearningDetailsCourseOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_learning_details_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_learning_details_version_error_component import (
            ApiDfeV1EpaUpdateINDEXLearningDetailsVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_request_id_error_component import (
            ApiDfeV1EpaUpdateINDEXRequestIdErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_standard_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateINDEXStandardNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_standard_standard_code_error_component import (
            ApiDfeV1EpaUpdateINDEXStandardStandardCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_standard_standard_reference_error_component import (
            ApiDfeV1EpaUpdateINDEXStandardStandardReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiDfeV1EpaUpdateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXRequestIdErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXStandardNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXStandardStandardCodeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXStandardStandardReferenceErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXLearnerNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXLearnerUlnErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXLearnerFamilyNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXLearningDetailsVersionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXLearningDetailsCourseOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXEpaDetailsNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXRetakeErrorComponent):
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
        from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_epa_date_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_epa_outcome_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_resit_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_retake_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXRetakeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_epa_details_epas_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_epa_details_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaDetailsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_epa_reference_error_component import (
            ApiDfeV1EpaUpdateINDEXEpaReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_learner_family_name_error_component import (
            ApiDfeV1EpaUpdateINDEXLearnerFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_learner_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateINDEXLearnerNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_learner_uln_error_component import (
            ApiDfeV1EpaUpdateINDEXLearnerUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_learning_details_course_option_error_component import (
            ApiDfeV1EpaUpdateINDEXLearningDetailsCourseOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_learning_details_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_learning_details_version_error_component import (
            ApiDfeV1EpaUpdateINDEXLearningDetailsVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_request_id_error_component import (
            ApiDfeV1EpaUpdateINDEXRequestIdErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_standard_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateINDEXStandardNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_standard_standard_code_error_component import (
            ApiDfeV1EpaUpdateINDEXStandardStandardCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_index_standard_standard_reference_error_component import (
            ApiDfeV1EpaUpdateINDEXStandardStandardReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_update_non_field_errors_error_component import (
            ApiDfeV1EpaUpdateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent
                | ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent
                | ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent
                | ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponent
                | ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXRetakeErrorComponent
                | ApiDfeV1EpaUpdateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent
                | ApiDfeV1EpaUpdateINDEXEpaDetailsNonFieldErrorsErrorComponent
                | ApiDfeV1EpaUpdateINDEXEpaReferenceErrorComponent
                | ApiDfeV1EpaUpdateINDEXLearnerFamilyNameErrorComponent
                | ApiDfeV1EpaUpdateINDEXLearnerNonFieldErrorsErrorComponent
                | ApiDfeV1EpaUpdateINDEXLearnerUlnErrorComponent
                | ApiDfeV1EpaUpdateINDEXLearningDetailsCourseOptionErrorComponent
                | ApiDfeV1EpaUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent
                | ApiDfeV1EpaUpdateINDEXLearningDetailsVersionErrorComponent
                | ApiDfeV1EpaUpdateINDEXNonFieldErrorsErrorComponent
                | ApiDfeV1EpaUpdateINDEXRequestIdErrorComponent
                | ApiDfeV1EpaUpdateINDEXStandardNonFieldErrorsErrorComponent
                | ApiDfeV1EpaUpdateINDEXStandardStandardCodeErrorComponent
                | ApiDfeV1EpaUpdateINDEXStandardStandardReferenceErrorComponent
                | ApiDfeV1EpaUpdateNonFieldErrorsErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_0 = (
                        ApiDfeV1EpaUpdateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_1 = (
                        ApiDfeV1EpaUpdateINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_2 = (
                        ApiDfeV1EpaUpdateINDEXRequestIdErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_3 = (
                        ApiDfeV1EpaUpdateINDEXStandardNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_4 = (
                        ApiDfeV1EpaUpdateINDEXStandardStandardCodeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_5 = (
                        ApiDfeV1EpaUpdateINDEXStandardStandardReferenceErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_6 = (
                        ApiDfeV1EpaUpdateINDEXLearnerNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_7 = (
                        ApiDfeV1EpaUpdateINDEXLearnerUlnErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_8 = (
                        ApiDfeV1EpaUpdateINDEXLearnerFamilyNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_9 = (
                        ApiDfeV1EpaUpdateINDEXLearningDetailsNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_10 = (
                        ApiDfeV1EpaUpdateINDEXLearningDetailsVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_11 = (
                        ApiDfeV1EpaUpdateINDEXLearningDetailsCourseOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_12 = (
                        ApiDfeV1EpaUpdateINDEXEpaDetailsNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_13 = (
                        ApiDfeV1EpaUpdateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_14 = (
                        ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_15 = (
                        ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_16 = (
                        ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_17 = (
                        ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_update_error_type_18 = (
                        ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXRetakeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_update_error_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_dfe_v1_epa_update_error_type_19 = (
                    ApiDfeV1EpaUpdateINDEXEpaReferenceErrorComponent.from_dict(data)
                )

                return componentsschemas_api_dfe_v1_epa_update_error_type_19

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        api_dfe_v1_epa_update_validation_error = cls(
            type_=type_,
            errors=errors,
        )

        api_dfe_v1_epa_update_validation_error.additional_properties = d
        return api_dfe_v1_epa_update_validation_error

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
