from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_plan_dfe_grades_additional_property import AssessmentPlanDfeGradesAdditionalProperty

T = TypeVar("T", bound="AssessmentPlanDfeGrades")


@_attrs_define
class AssessmentPlanDfeGrades:
    """How the plan's overall grades are named on a DfE certificate where they differ from the default (pass: Pass, credit:
    Credit, merit: Merit, distinction: Distinction, excellence: Pass with excellence, outstanding: Outstanding; fail:
    Fail), e.g. `{"pass": "No grade awarded"}`.

    """

    additional_properties: dict[str, AssessmentPlanDfeGradesAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assessment_plan_dfe_grades = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = AssessmentPlanDfeGradesAdditionalProperty(prop_dict)

            additional_properties[prop_name] = additional_property

        assessment_plan_dfe_grades.additional_properties = additional_properties
        return assessment_plan_dfe_grades

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AssessmentPlanDfeGradesAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AssessmentPlanDfeGradesAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
