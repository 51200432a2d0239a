from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code_409_enum import ErrorCode409Enum

T = TypeVar("T", bound="Error409")


@_attrs_define
class Error409:
    """
    Attributes:
        code (ErrorCode409Enum): * `appeal_decided` - Appeal Decided
            * `appeal_pending` - Appeal Pending
            * `appeal_window_closed` - Appeal Window Closed
            * `apprenticeship_not_in_training` - Apprenticeship Not In Training
            * `assessment_exists` - Assessment Exists
            * `assessment_not_in_progress` - Assessment Not In Progress
            * `attempt_limit_reached` - Attempt Limit Reached
            * `certificate_already_submitted` - Certificate Already Submitted
            * `certificate_deleted` - Certificate Deleted
            * `certificate_exists` - Certificate Exists
            * `certificate_incomplete` - Certificate Incomplete
            * `certificate_not_draft` - Certificate Not Draft
            * `certificate_submitted` - Certificate Submitted
            * `component_not_submitted` - Component Not Submitted
            * `conflict` - Conflict
            * `epao_missing` - Epao Missing
            * `epao_not_approved_for_standard` - Epao Not Approved For Standard
            * `epao_not_approved_for_version` - Epao Not Approved For Version
            * `gateway_already_open` - Gateway Already Open
            * `gateway_not_editable` - Gateway Not Editable
            * `gateway_not_passed` - Gateway Not Passed
            * `gateway_not_submitted` - Gateway Not Submitted
            * `highest_grade_awarded` - Highest Grade Awarded
            * `idempotency_key_in_progress` - Idempotency Key In Progress
            * `learner_option_changed` - Learner Option Changed
            * `learner_version_changed` - Learner Version Changed
            * `method_already_graded` - Method Already Graded
            * `method_carried` - Method Carried
            * `method_not_booked` - Method Not Booked
            * `no_assessment_plan` - No Assessment Plan
            * `no_pass_outcome` - No Pass Outcome
            * `no_recorded_outcome` - No Recorded Outcome
            * `not_a_failed_result` - Not A Failed Result
            * `outcome_not_allowed` - Outcome Not Allowed
            * `resit_window_closed` - Resit Window Closed
            * `result_locked` - Result Locked
            * `result_not_provisional` - Result Not Provisional
            * `result_not_released` - Result Not Released
        detail (str):
        attr (None | str):
    """

    code: ErrorCode409Enum
    detail: str
    attr: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        detail = self.detail

        attr: None | str
        attr = self.attr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "detail": detail,
                "attr": attr,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = ErrorCode409Enum(d.pop("code"))

        detail = d.pop("detail")

        def _parse_attr(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        attr = _parse_attr(d.pop("attr"))

        error_409 = cls(
            code=code,
            detail=detail,
            attr=attr,
        )

        error_409.additional_properties = d
        return error_409

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
