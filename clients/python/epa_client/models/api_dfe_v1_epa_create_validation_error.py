from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_dfe_v1_epa_create_index_epa_details_epas_index_epa_date_error_component import (
        ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_epa_details_epas_index_epa_outcome_error_component import (
        ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_epa_details_epas_index_non_field_errors_error_component import (
        ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_epa_details_epas_index_resit_error_component import (
        ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXResitErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_epa_details_epas_index_retake_error_component import (
        ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXRetakeErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_epa_details_epas_non_field_errors_error_component import (
        ApiDfeV1EpaCreateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_epa_details_non_field_errors_error_component import (
        ApiDfeV1EpaCreateINDEXEpaDetailsNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_learner_family_name_error_component import (
        ApiDfeV1EpaCreateINDEXLearnerFamilyNameErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_learner_non_field_errors_error_component import (
        ApiDfeV1EpaCreateINDEXLearnerNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_learner_uln_error_component import (
        ApiDfeV1EpaCreateINDEXLearnerUlnErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_learning_details_course_option_error_component import (
        ApiDfeV1EpaCreateINDEXLearningDetailsCourseOptionErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_learning_details_non_field_errors_error_component import (
        ApiDfeV1EpaCreateINDEXLearningDetailsNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_learning_details_version_error_component import (
        ApiDfeV1EpaCreateINDEXLearningDetailsVersionErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_non_field_errors_error_component import (
        ApiDfeV1EpaCreateINDEXNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_request_id_error_component import (
        ApiDfeV1EpaCreateINDEXRequestIdErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_standard_non_field_errors_error_component import (
        ApiDfeV1EpaCreateINDEXStandardNonFieldErrorsErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_standard_standard_code_error_component import (
        ApiDfeV1EpaCreateINDEXStandardStandardCodeErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_index_standard_standard_reference_error_component import (
        ApiDfeV1EpaCreateINDEXStandardStandardReferenceErrorComponent,
    )
    from ..models.api_dfe_v1_epa_create_non_field_errors_error_component import (
        ApiDfeV1EpaCreateNonFieldErrorsErrorComponent,
    )


T = TypeVar("T", bound="ApiDfeV1EpaCreateValidationError")


@_attrs_define
class ApiDfeV1EpaCreateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent |
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent |
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent |
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXResitErrorComponent |
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXRetakeErrorComponent |
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent |
            ApiDfeV1EpaCreateINDEXEpaDetailsNonFieldErrorsErrorComponent |
            ApiDfeV1EpaCreateINDEXLearnerFamilyNameErrorComponent |
            ApiDfeV1EpaCreateINDEXLearnerNonFieldErrorsErrorComponent | ApiDfeV1EpaCreateINDEXLearnerUlnErrorComponent |
            ApiDfeV1EpaCreateINDEXLearningDetailsCourseOptionErrorComponent |
            ApiDfeV1EpaCreateINDEXLearningDetailsNonFieldErrorsErrorComponent |
            ApiDfeV1EpaCreateINDEXLearningDetailsVersionErrorComponent | ApiDfeV1EpaCreateINDEXNonFieldErrorsErrorComponent
            | ApiDfeV1EpaCreateINDEXRequestIdErrorComponent | ApiDfeV1EpaCreateINDEXStandardNonFieldErrorsErrorComponent |
            ApiDfeV1EpaCreateINDEXStandardStandardCodeErrorComponent |
            ApiDfeV1EpaCreateINDEXStandardStandardReferenceErrorComponent | ApiDfeV1EpaCreateNonFieldErrorsErrorComponent]):
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent
        | ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent
        | ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent
        | ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXResitErrorComponent
        | ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXRetakeErrorComponent
        | ApiDfeV1EpaCreateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent
        | ApiDfeV1EpaCreateINDEXEpaDetailsNonFieldErrorsErrorComponent
        | ApiDfeV1EpaCreateINDEXLearnerFamilyNameErrorComponent
        | ApiDfeV1EpaCreateINDEXLearnerNonFieldErrorsErrorComponent
        | ApiDfeV1EpaCreateINDEXLearnerUlnErrorComponent
        | ApiDfeV1EpaCreateINDEXLearningDetailsCourseOptionErrorComponent
        | ApiDfeV1EpaCreateINDEXLearningDetailsNonFieldErrorsErrorComponent
        | ApiDfeV1EpaCreateINDEXLearningDetailsVersionErrorComponent
        | ApiDfeV1EpaCreateINDEXNonFieldErrorsErrorComponent
        | ApiDfeV1EpaCreateINDEXRequestIdErrorComponent
        | ApiDfeV1EpaCreateINDEXStandardNonFieldErrorsErrorComponent
        | ApiDfeV1EpaCreateINDEXStandardStandardCodeErrorComponent
        | ApiDfeV1EpaCreateINDEXStandardStandardReferenceErrorComponent
        | ApiDfeV1EpaCreateNonFieldErrorsErrorComponent
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_dfe_v1_epa_create_index_epa_details_epas_index_epa_date_error_component import (
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_epa_details_epas_index_epa_outcome_error_component import (
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_epa_details_epas_index_non_field_errors_error_component import (
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_epa_details_epas_index_resit_error_component import (
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXResitErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_epa_details_epas_non_field_errors_error_component import (
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_epa_details_non_field_errors_error_component import (
            ApiDfeV1EpaCreateINDEXEpaDetailsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_learner_family_name_error_component import (
            ApiDfeV1EpaCreateINDEXLearnerFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_learner_non_field_errors_error_component import (
            ApiDfeV1EpaCreateINDEXLearnerNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_learner_uln_error_component import (
            ApiDfeV1EpaCreateINDEXLearnerUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_learning_details_course_option_error_component import (
            ApiDfeV1EpaCreateINDEXLearningDetailsCourseOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_learning_details_non_field_errors_error_component import (
            ApiDfeV1EpaCreateINDEXLearningDetailsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_learning_details_version_error_component import (
            ApiDfeV1EpaCreateINDEXLearningDetailsVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_non_field_errors_error_component import (
            ApiDfeV1EpaCreateINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_request_id_error_component import (
            ApiDfeV1EpaCreateINDEXRequestIdErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_standard_non_field_errors_error_component import (
            ApiDfeV1EpaCreateINDEXStandardNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_standard_standard_code_error_component import (
            ApiDfeV1EpaCreateINDEXStandardStandardCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_standard_standard_reference_error_component import (
            ApiDfeV1EpaCreateINDEXStandardStandardReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_non_field_errors_error_component import (
            ApiDfeV1EpaCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiDfeV1EpaCreateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXRequestIdErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXStandardNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXStandardStandardCodeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXStandardStandardReferenceErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXLearnerNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXLearnerUlnErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXLearnerFamilyNameErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXLearningDetailsNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXLearningDetailsVersionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXLearningDetailsCourseOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXEpaDetailsNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXResitErrorComponent):
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
        from ..models.api_dfe_v1_epa_create_index_epa_details_epas_index_epa_date_error_component import (
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_epa_details_epas_index_epa_outcome_error_component import (
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_epa_details_epas_index_non_field_errors_error_component import (
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_epa_details_epas_index_resit_error_component import (
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXResitErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_epa_details_epas_index_retake_error_component import (
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXRetakeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_epa_details_epas_non_field_errors_error_component import (
            ApiDfeV1EpaCreateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_epa_details_non_field_errors_error_component import (
            ApiDfeV1EpaCreateINDEXEpaDetailsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_learner_family_name_error_component import (
            ApiDfeV1EpaCreateINDEXLearnerFamilyNameErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_learner_non_field_errors_error_component import (
            ApiDfeV1EpaCreateINDEXLearnerNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_learner_uln_error_component import (
            ApiDfeV1EpaCreateINDEXLearnerUlnErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_learning_details_course_option_error_component import (
            ApiDfeV1EpaCreateINDEXLearningDetailsCourseOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_learning_details_non_field_errors_error_component import (
            ApiDfeV1EpaCreateINDEXLearningDetailsNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_learning_details_version_error_component import (
            ApiDfeV1EpaCreateINDEXLearningDetailsVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_non_field_errors_error_component import (
            ApiDfeV1EpaCreateINDEXNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_request_id_error_component import (
            ApiDfeV1EpaCreateINDEXRequestIdErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_standard_non_field_errors_error_component import (
            ApiDfeV1EpaCreateINDEXStandardNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_standard_standard_code_error_component import (
            ApiDfeV1EpaCreateINDEXStandardStandardCodeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_index_standard_standard_reference_error_component import (
            ApiDfeV1EpaCreateINDEXStandardStandardReferenceErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_dfe_v1_epa_create_non_field_errors_error_component import (
            ApiDfeV1EpaCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent
                | ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent
                | ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent
                | ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXResitErrorComponent
                | ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXRetakeErrorComponent
                | ApiDfeV1EpaCreateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent
                | ApiDfeV1EpaCreateINDEXEpaDetailsNonFieldErrorsErrorComponent
                | ApiDfeV1EpaCreateINDEXLearnerFamilyNameErrorComponent
                | ApiDfeV1EpaCreateINDEXLearnerNonFieldErrorsErrorComponent
                | ApiDfeV1EpaCreateINDEXLearnerUlnErrorComponent
                | ApiDfeV1EpaCreateINDEXLearningDetailsCourseOptionErrorComponent
                | ApiDfeV1EpaCreateINDEXLearningDetailsNonFieldErrorsErrorComponent
                | ApiDfeV1EpaCreateINDEXLearningDetailsVersionErrorComponent
                | ApiDfeV1EpaCreateINDEXNonFieldErrorsErrorComponent
                | ApiDfeV1EpaCreateINDEXRequestIdErrorComponent
                | ApiDfeV1EpaCreateINDEXStandardNonFieldErrorsErrorComponent
                | ApiDfeV1EpaCreateINDEXStandardStandardCodeErrorComponent
                | ApiDfeV1EpaCreateINDEXStandardStandardReferenceErrorComponent
                | ApiDfeV1EpaCreateNonFieldErrorsErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_0 = (
                        ApiDfeV1EpaCreateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_1 = (
                        ApiDfeV1EpaCreateINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_2 = (
                        ApiDfeV1EpaCreateINDEXRequestIdErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_3 = (
                        ApiDfeV1EpaCreateINDEXStandardNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_4 = (
                        ApiDfeV1EpaCreateINDEXStandardStandardCodeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_5 = (
                        ApiDfeV1EpaCreateINDEXStandardStandardReferenceErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_6 = (
                        ApiDfeV1EpaCreateINDEXLearnerNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_7 = (
                        ApiDfeV1EpaCreateINDEXLearnerUlnErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_8 = (
                        ApiDfeV1EpaCreateINDEXLearnerFamilyNameErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_9 = (
                        ApiDfeV1EpaCreateINDEXLearningDetailsNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_10 = (
                        ApiDfeV1EpaCreateINDEXLearningDetailsVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_11 = (
                        ApiDfeV1EpaCreateINDEXLearningDetailsCourseOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_12 = (
                        ApiDfeV1EpaCreateINDEXEpaDetailsNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_13 = (
                        ApiDfeV1EpaCreateINDEXEpaDetailsEpasNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_14 = (
                        ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_15 = (
                        ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_16 = (
                        ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXEpaOutcomeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_dfe_v1_epa_create_error_type_17 = (
                        ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXResitErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_dfe_v1_epa_create_error_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_dfe_v1_epa_create_error_type_18 = (
                    ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXRetakeErrorComponent.from_dict(data)
                )

                return componentsschemas_api_dfe_v1_epa_create_error_type_18

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        api_dfe_v1_epa_create_validation_error = cls(
            type_=type_,
            errors=errors,
        )

        api_dfe_v1_epa_create_validation_error.additional_properties = d
        return api_dfe_v1_epa_create_validation_error

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
