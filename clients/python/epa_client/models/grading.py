from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.grading_method_grades import GradingMethodGrades


T = TypeVar("T", bound="Grading")


@_attrs_define
class Grading:
    """
    Attributes:
        method_grades (GradingMethodGrades): The grade that counts, per method code.
        matrix_grade (str): The overall grade the matrix gives for those grades.
        capped (bool): Whether the resit cap lowered it to pass.
        overall_grade (str):
    """

    method_grades: GradingMethodGrades
    matrix_grade: str
    capped: bool
    overall_grade: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method_grades = self.method_grades.to_dict()

        matrix_grade = self.matrix_grade

        capped = self.capped

        overall_grade = self.overall_grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method_grades": method_grades,
                "matrix_grade": matrix_grade,
                "capped": capped,
                "overall_grade": overall_grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grading_method_grades import GradingMethodGrades  # noqa: PLC0415

        d = dict(src_dict)
        method_grades = GradingMethodGrades.from_dict(d.pop("method_grades"))

        matrix_grade = d.pop("matrix_grade")

        capped = d.pop("capped")

        overall_grade = d.pop("overall_grade")

        grading = cls(
            method_grades=method_grades,
            matrix_grade=matrix_grade,
            capped=capped,
            overall_grade=overall_grade,
        )

        grading.additional_properties = d
        return grading

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
