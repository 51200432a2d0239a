from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade_enum import GradeEnum

T = TypeVar("T", bound="QualityChangeRequest")


@_attrs_define
class QualityChangeRequest:
    """
    Attributes:
        method (str): The method's code.
        grade (GradeEnum): * `fail` - Fail
            * `pass` - Pass
            * `credit` - Credit
            * `merit` - Merit
            * `distinction` - Distinction
            * `excellence` - Pass with excellence
            * `outstanding` - Outstanding
        reason (str): Why the grade changes.
    """

    method: str
    grade: GradeEnum
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        grade = self.grade.value

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "grade": grade,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = d.pop("method")

        grade = GradeEnum(d.pop("grade"))

        reason = d.pop("reason")

        quality_change_request = cls(
            method=method,
            grade=grade,
            reason=reason,
        )

        quality_change_request.additional_properties = d
        return quality_change_request

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
