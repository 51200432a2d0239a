from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_enum import ValidationErrorEnum

if TYPE_CHECKING:
    from ..models.api_v1_apprenticeships_progress_create_employer_error_component import (
        ApiV1ApprenticeshipsProgressCreateEmployerErrorComponent,
    )
    from ..models.api_v1_apprenticeships_progress_create_epao_error_component import (
        ApiV1ApprenticeshipsProgressCreateEpaoErrorComponent,
    )
    from ..models.api_v1_apprenticeships_progress_create_has_ehc_plan_error_component import (
        ApiV1ApprenticeshipsProgressCreateHasEhcPlanErrorComponent,
    )
    from ..models.api_v1_apprenticeships_progress_create_non_field_errors_error_component import (
        ApiV1ApprenticeshipsProgressCreateNonFieldErrorsErrorComponent,
    )
    from ..models.api_v1_apprenticeships_progress_create_option_error_component import (
        ApiV1ApprenticeshipsProgressCreateOptionErrorComponent,
    )
    from ..models.api_v1_apprenticeships_progress_create_planned_end_date_error_component import (
        ApiV1ApprenticeshipsProgressCreatePlannedEndDateErrorComponent,
    )
    from ..models.api_v1_apprenticeships_progress_create_planned_otj_hours_error_component import (
        ApiV1ApprenticeshipsProgressCreatePlannedOtjHoursErrorComponent,
    )
    from ..models.api_v1_apprenticeships_progress_create_prior_learning_hours_error_component import (
        ApiV1ApprenticeshipsProgressCreatePriorLearningHoursErrorComponent,
    )
    from ..models.api_v1_apprenticeships_progress_create_prior_learning_note_error_component import (
        ApiV1ApprenticeshipsProgressCreatePriorLearningNoteErrorComponent,
    )
    from ..models.api_v1_apprenticeships_progress_create_standard_version_error_component import (
        ApiV1ApprenticeshipsProgressCreateStandardVersionErrorComponent,
    )
    from ..models.api_v1_apprenticeships_progress_create_start_date_error_component import (
        ApiV1ApprenticeshipsProgressCreateStartDateErrorComponent,
    )


T = TypeVar("T", bound="ApiV1ApprenticeshipsProgressCreateValidationError")


@_attrs_define
class ApiV1ApprenticeshipsProgressCreateValidationError:
    """
    Attributes:
        type_ (ValidationErrorEnum): * `validation_error` - Validation Error
        errors (list[ApiV1ApprenticeshipsProgressCreateEmployerErrorComponent |
            ApiV1ApprenticeshipsProgressCreateEpaoErrorComponent |
            ApiV1ApprenticeshipsProgressCreateHasEhcPlanErrorComponent |
            ApiV1ApprenticeshipsProgressCreateNonFieldErrorsErrorComponent |
            ApiV1ApprenticeshipsProgressCreateOptionErrorComponent |
            ApiV1ApprenticeshipsProgressCreatePlannedEndDateErrorComponent |
            ApiV1ApprenticeshipsProgressCreatePlannedOtjHoursErrorComponent |
            ApiV1ApprenticeshipsProgressCreatePriorLearningHoursErrorComponent |
            ApiV1ApprenticeshipsProgressCreatePriorLearningNoteErrorComponent |
            ApiV1ApprenticeshipsProgressCreateStandardVersionErrorComponent |
            ApiV1ApprenticeshipsProgressCreateStartDateErrorComponent]):
        request_id (str): The request's id, as in the response's `X-Request-ID` header: the client's own when it sent a
            valid one (1 to 128 of `A-Z a-z 0-9 . _ : + / = -`), otherwise generated. Quote it when reporting an error.
    """

    type_: ValidationErrorEnum
    errors: list[
        ApiV1ApprenticeshipsProgressCreateEmployerErrorComponent
        | ApiV1ApprenticeshipsProgressCreateEpaoErrorComponent
        | ApiV1ApprenticeshipsProgressCreateHasEhcPlanErrorComponent
        | ApiV1ApprenticeshipsProgressCreateNonFieldErrorsErrorComponent
        | ApiV1ApprenticeshipsProgressCreateOptionErrorComponent
        | ApiV1ApprenticeshipsProgressCreatePlannedEndDateErrorComponent
        | ApiV1ApprenticeshipsProgressCreatePlannedOtjHoursErrorComponent
        | ApiV1ApprenticeshipsProgressCreatePriorLearningHoursErrorComponent
        | ApiV1ApprenticeshipsProgressCreatePriorLearningNoteErrorComponent
        | ApiV1ApprenticeshipsProgressCreateStandardVersionErrorComponent
        | ApiV1ApprenticeshipsProgressCreateStartDateErrorComponent
    ]
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_v1_apprenticeships_progress_create_employer_error_component import (
            ApiV1ApprenticeshipsProgressCreateEmployerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_epao_error_component import (
            ApiV1ApprenticeshipsProgressCreateEpaoErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_has_ehc_plan_error_component import (
            ApiV1ApprenticeshipsProgressCreateHasEhcPlanErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_non_field_errors_error_component import (
            ApiV1ApprenticeshipsProgressCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_option_error_component import (
            ApiV1ApprenticeshipsProgressCreateOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_planned_end_date_error_component import (
            ApiV1ApprenticeshipsProgressCreatePlannedEndDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_planned_otj_hours_error_component import (
            ApiV1ApprenticeshipsProgressCreatePlannedOtjHoursErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_prior_learning_hours_error_component import (
            ApiV1ApprenticeshipsProgressCreatePriorLearningHoursErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_standard_version_error_component import (
            ApiV1ApprenticeshipsProgressCreateStandardVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_start_date_error_component import (
            ApiV1ApprenticeshipsProgressCreateStartDateErrorComponent,  # noqa: PLC0415
        )

        type_ = self.type_.value

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, ApiV1ApprenticeshipsProgressCreateNonFieldErrorsErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsProgressCreateStandardVersionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsProgressCreateOptionErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsProgressCreateEmployerErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsProgressCreateEpaoErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsProgressCreateStartDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsProgressCreatePlannedEndDateErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsProgressCreatePlannedOtjHoursErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsProgressCreateHasEhcPlanErrorComponent):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, ApiV1ApprenticeshipsProgressCreatePriorLearningHoursErrorComponent):
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
        from ..models.api_v1_apprenticeships_progress_create_employer_error_component import (
            ApiV1ApprenticeshipsProgressCreateEmployerErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_epao_error_component import (
            ApiV1ApprenticeshipsProgressCreateEpaoErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_has_ehc_plan_error_component import (
            ApiV1ApprenticeshipsProgressCreateHasEhcPlanErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_non_field_errors_error_component import (
            ApiV1ApprenticeshipsProgressCreateNonFieldErrorsErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_option_error_component import (
            ApiV1ApprenticeshipsProgressCreateOptionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_planned_end_date_error_component import (
            ApiV1ApprenticeshipsProgressCreatePlannedEndDateErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_planned_otj_hours_error_component import (
            ApiV1ApprenticeshipsProgressCreatePlannedOtjHoursErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_prior_learning_hours_error_component import (
            ApiV1ApprenticeshipsProgressCreatePriorLearningHoursErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_prior_learning_note_error_component import (
            ApiV1ApprenticeshipsProgressCreatePriorLearningNoteErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_standard_version_error_component import (
            ApiV1ApprenticeshipsProgressCreateStandardVersionErrorComponent,  # noqa: PLC0415
        )
        from ..models.api_v1_apprenticeships_progress_create_start_date_error_component import (
            ApiV1ApprenticeshipsProgressCreateStartDateErrorComponent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = ValidationErrorEnum(d.pop("type"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(
                data: object,
            ) -> (
                ApiV1ApprenticeshipsProgressCreateEmployerErrorComponent
                | ApiV1ApprenticeshipsProgressCreateEpaoErrorComponent
                | ApiV1ApprenticeshipsProgressCreateHasEhcPlanErrorComponent
                | ApiV1ApprenticeshipsProgressCreateNonFieldErrorsErrorComponent
                | ApiV1ApprenticeshipsProgressCreateOptionErrorComponent
                | ApiV1ApprenticeshipsProgressCreatePlannedEndDateErrorComponent
                | ApiV1ApprenticeshipsProgressCreatePlannedOtjHoursErrorComponent
                | ApiV1ApprenticeshipsProgressCreatePriorLearningHoursErrorComponent
                | ApiV1ApprenticeshipsProgressCreatePriorLearningNoteErrorComponent
                | ApiV1ApprenticeshipsProgressCreateStandardVersionErrorComponent
                | ApiV1ApprenticeshipsProgressCreateStartDateErrorComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_progress_create_error_type_0 = (
                        ApiV1ApprenticeshipsProgressCreateNonFieldErrorsErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_progress_create_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_progress_create_error_type_1 = (
                        ApiV1ApprenticeshipsProgressCreateStandardVersionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_progress_create_error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_progress_create_error_type_2 = (
                        ApiV1ApprenticeshipsProgressCreateOptionErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_progress_create_error_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_progress_create_error_type_3 = (
                        ApiV1ApprenticeshipsProgressCreateEmployerErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_progress_create_error_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_progress_create_error_type_4 = (
                        ApiV1ApprenticeshipsProgressCreateEpaoErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_progress_create_error_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_progress_create_error_type_5 = (
                        ApiV1ApprenticeshipsProgressCreateStartDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_progress_create_error_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_progress_create_error_type_6 = (
                        ApiV1ApprenticeshipsProgressCreatePlannedEndDateErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_progress_create_error_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_progress_create_error_type_7 = (
                        ApiV1ApprenticeshipsProgressCreatePlannedOtjHoursErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_progress_create_error_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_progress_create_error_type_8 = (
                        ApiV1ApprenticeshipsProgressCreateHasEhcPlanErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_progress_create_error_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_v1_apprenticeships_progress_create_error_type_9 = (
                        ApiV1ApprenticeshipsProgressCreatePriorLearningHoursErrorComponent.from_dict(data)
                    )

                    return componentsschemas_api_v1_apprenticeships_progress_create_error_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_api_v1_apprenticeships_progress_create_error_type_10 = (
                    ApiV1ApprenticeshipsProgressCreatePriorLearningNoteErrorComponent.from_dict(data)
                )

                return componentsschemas_api_v1_apprenticeships_progress_create_error_type_10

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        request_id = d.pop("request_id")

        api_v1_apprenticeships_progress_create_validation_error = cls(
            type_=type_,
            errors=errors,
            request_id=request_id,
        )

        api_v1_apprenticeships_progress_create_validation_error.additional_properties = d
        return api_v1_apprenticeships_progress_create_validation_error

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
