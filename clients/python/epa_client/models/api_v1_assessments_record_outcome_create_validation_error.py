from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_assessments_record_outcome_create_apprenticeship_error_component import (
        ApiV1AssessmentsRecordOutcomeCreateApprenticeshipErrorComponent,
    )
    from ..models.api_v1_assessments_record_outcome_create_grade_error_component import (
        ApiV1AssessmentsRecordOutcomeCreateGradeErrorComponent,
    )
    from ..models.api_v1_assessments_record_outcome_create_kind_error_component import (
        ApiV1AssessmentsRecordOutcomeCreateKindErrorComponent,
    )
    from ..models.api_v1_assessments_record_outcome_create_non_field_errors_error_component import (
        ApiV1AssessmentsRecordOutcomeCreateNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_assessments_record_outcome_create_option_error_component import (
        ApiV1AssessmentsRecordOutcomeCreateOptionErrorComponent,
    )
    from ..models.api_v1_assessments_record_outcome_create_outcome_date_error_component import (
        ApiV1AssessmentsRecordOutcomeCreateOutcomeDateErrorComponent,
    )
    from ..models.api_v1_assessments_record_outcome_create_outcome_error_component import (
        ApiV1AssessmentsRecordOutcomeCreateOutcomeErrorComponent,
    )
    from ..models.api_v1_assessments_record_outcome_create_version_error_component import (
        ApiV1AssessmentsRecordOutcomeCreateVersionErrorComponent,
    )


T = TypeVar("T", bound="ApiV1AssessmentsRecordOutcomeCreateValidationError")


@_attrs_define
class ApiV1AssessmentsRecordOutcomeCreateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1AssessmentsRecordOutcomeCreateApprenticeshipErrorComponent |
            ApiV1AssessmentsRecordOutcomeCreateGradeErrorComponent | ApiV1AssessmentsRecordOutcomeCreateKindErrorComponent |
            ApiV1AssessmentsRecordOutcomeCreateNonFieldErrorsErrorComponent |
            ApiV1AssessmentsRecordOutcomeCreateOptionErrorComponent |
            ApiV1AssessmentsRecordOutcomeCreateOutcomeDateErrorComponent |
            ApiV1AssessmentsRecordOutcomeCreateOutcomeErrorComponent |
            ApiV1AssessmentsRecordOutcomeCreateVersionErrorComponent]):
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1AssessmentsRecordOutcomeCreateApprenticeshipErrorComponent
        | ApiV1AssessmentsRecordOutcomeCreateGradeErrorComponent
        | ApiV1AssessmentsRecordOutcomeCreateKindErrorComponent
        | ApiV1AssessmentsRecordOutcomeCreateNonFieldErrorsErrorComponent
        | ApiV1AssessmentsRecordOutcomeCreateOptionErrorComponent
        | ApiV1AssessmentsRecordOutcomeCreateOutcomeDateErrorComponent
        | ApiV1AssessmentsRecordOutcomeCreateOutcomeErrorComponent
        | ApiV1AssessmentsRecordOutcomeCreateVersionErrorComponent
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_assessments_record_outcome_create_apprenticeship_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateApprenticeshipErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessments_record_outcome_create_grade_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessments_record_outcome_create_kind_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateKindErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessments_record_outcome_create_non_field_errors_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessments_record_outcome_create_outcome_date_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateOutcomeDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessments_record_outcome_create_outcome_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateOutcomeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessments_record_outcome_create_version_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateVersionErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1AssessmentsRecordOutcomeCreateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentsRecordOutcomeCreateApprenticeshipErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentsRecordOutcomeCreateOutcomeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentsRecordOutcomeCreateOutcomeDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentsRecordOutcomeCreateKindErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentsRecordOutcomeCreateGradeErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1AssessmentsRecordOutcomeCreateVersionErrorComponent):
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
        from ..models.api_v1_assessments_record_outcome_create_apprenticeship_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateApprenticeshipErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessments_record_outcome_create_grade_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateGradeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessments_record_outcome_create_kind_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateKindErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessments_record_outcome_create_non_field_errors_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessments_record_outcome_create_option_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessments_record_outcome_create_outcome_date_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateOutcomeDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessments_record_outcome_create_outcome_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateOutcomeErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_assessments_record_outcome_create_version_error_component import (
            ApiV1AssessmentsRecordOutcomeCreateVersionErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1AssessmentsRecordOutcomeCreateApprenticeshipErrorComponent
                | ApiV1AssessmentsRecordOutcomeCreateGradeErrorComponent
                | ApiV1AssessmentsRecordOutcomeCreateKindErrorComponent
                | ApiV1AssessmentsRecordOutcomeCreateNonFieldErrorsErrorComponent
                | ApiV1AssessmentsRecordOutcomeCreateOptionErrorComponent
                | ApiV1AssessmentsRecordOutcomeCreateOutcomeDateErrorComponent
                | ApiV1AssessmentsRecordOutcomeCreateOutcomeErrorComponent
                | ApiV1AssessmentsRecordOutcomeCreateVersionErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessments_record_outcome_create_error_type_0 = (
                        ApiV1AssessmentsRecordOutcomeCreateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessments_record_outcome_create_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessments_record_outcome_create_error_type_1 = (
                        ApiV1AssessmentsRecordOutcomeCreateApprenticeshipErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessments_record_outcome_create_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessments_record_outcome_create_error_type_2 = (
                        ApiV1AssessmentsRecordOutcomeCreateOutcomeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessments_record_outcome_create_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessments_record_outcome_create_error_type_3 = (
                        ApiV1AssessmentsRecordOutcomeCreateOutcomeDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessments_record_outcome_create_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessments_record_outcome_create_error_type_4 = (
                        ApiV1AssessmentsRecordOutcomeCreateKindErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessments_record_outcome_create_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessments_record_outcome_create_error_type_5 = (
                        ApiV1AssessmentsRecordOutcomeCreateGradeErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessments_record_outcome_create_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_assessments_record_outcome_create_error_type_6 = (
                        ApiV1AssessmentsRecordOutcomeCreateVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_assessments_record_outcome_create_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_assessments_record_outcome_create_error_type_7 = (
                    ApiV1AssessmentsRecordOutcomeCreateOptionErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_assessments_record_outcome_create_error_type_7

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        api_v1_assessments_record_outcome_create_validation_error = cls(
            type_=type_,
            errors=errors,
        )

        api_v1_assessments_record_outcome_create_validation_error.additional_properties = d
        return api_v1_assessments_record_outcome_create_validation_error

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
