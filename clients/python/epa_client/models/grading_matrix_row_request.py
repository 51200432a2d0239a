from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade_enum import GradeEnum

if TYPE_CHECKING:
    from ..models.grading_matrix_row_request_method_grades import GradingMatrixRowRequestMethodGrades


T = TypeVar("T", bound="GradingMatrixRowRequest")


@_attrs_define
class GradingMatrixRowRequest:
    """
    Attributes:
        method_grades (GradingMatrixRowRequestMethodGrades): A grade for each method an apprentice on some option takes,
            by method code, e.g. {"M1": "pass", "M2": "distinction"}. Example: {'M1': 'pass', 'M2': 'distinction'}.
        overall_grade (GradeEnum): * `fail` - Fail
            * `pass` - Pass
            * `credit` - Credit
            * `merit` - Merit
            * `distinction` - Distinction
            * `excellence` - Pass with excellence
            * `outstanding` - Outstanding
    """

    method_grades: GradingMatrixRowRequestMethodGrades
    overall_grade: GradeEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method_grades = self.method_grades.to_dict()

        overall_grade = self.overall_grade.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method_grades": method_grades,
                "overall_grade": overall_grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grading_matrix_row_request_method_grades import GradingMatrixRowRequestMethodGrades  # noqa: PLC0415

        d = dict(src_dict)
        method_grades = GradingMatrixRowRequestMethodGrades.from_dict(d.pop("method_grades"))

        overall_grade = GradeEnum(d.pop("overall_grade"))

        grading_matrix_row_request = cls(
            method_grades=method_grades,
            overall_grade=overall_grade,
        )

        grading_matrix_row_request.additional_properties = d
        return grading_matrix_row_request

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
