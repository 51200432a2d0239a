from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_v1_assessment_plans_create_methods_index_criteria_error_component_code import (
    ApiV1AssessmentPlansCreateMethodsINDEXCriteriaErrorComponentCode,
)

T = TypeVar("T", bound="ApiV1AssessmentPlansCreateMethodsINDEXCriteriaErrorComponent")


@_attrs_define
class ApiV1AssessmentPlansCreateMethodsINDEXCriteriaErrorComponent:
    """
    Attributes:
        attr (str): * `methods.INDEX.criteria` - methods.INDEX.criteria
        code (ApiV1AssessmentPlansCreateMethodsINDEXCriteriaErrorComponentCode): * `credit_criteria_missing` -
            credit_criteria_missing
            * `distinction_criteria_missing` - distinction_criteria_missing
            * `excellence_criteria_missing` - excellence_criteria_missing
            * `max_length` - max_length
            * `merit_criteria_missing` - merit_criteria_missing
            * `not_a_list` - not_a_list
            * `null` - null
            * `outstanding_criteria_missing` - outstanding_criteria_missing
            * `pass_criteria_missing` - pass_criteria_missing
            * `required` - required
        detail (str):
    """

    attr: str
    code: ApiV1AssessmentPlansCreateMethodsINDEXCriteriaErrorComponentCode
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attr = self.attr

        code = self.code.value

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attr": attr,
                "code": code,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attr = d.pop("attr")

        code = ApiV1AssessmentPlansCreateMethodsINDEXCriteriaErrorComponentCode(d.pop("code"))

        detail = d.pop("detail")

        api_v1_assessment_plans_create_methods_index_criteria_error_component = cls(
            attr=attr,
            code=code,
            detail=detail,
        )

        api_v1_assessment_plans_create_methods_index_criteria_error_component.additional_properties = d
        return api_v1_assessment_plans_create_methods_index_criteria_error_component

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
