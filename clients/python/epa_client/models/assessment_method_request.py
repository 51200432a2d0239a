from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade_scale_enum import GradeScaleEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grading_criterion_request import GradingCriterionRequest


T = TypeVar("T", bound="AssessmentMethodRequest")


@_attrs_define
class AssessmentMethodRequest:
    """
    Attributes:
        code (str): Code, unique within the plan, e.g. M1; the matrix names methods by it.
        name (str): Name, e.g. Professional discussion underpinned by a portfolio of evidence.
        grade_scale (GradeScaleEnum): * `fail_pass_distinction` - Fail, pass, distinction
            * `fail_pass` - Fail, pass
            * `fail_pass_merit_distinction` - Fail, pass, merit, distinction
            * `fail_pass_credit_merit_distinction` - Fail, pass, credit, merit, distinction
            * `fail_pass_excellence` - Fail, pass, pass with excellence
            * `fail_pass_distinction_outstanding` - Fail, pass, distinction, outstanding
        criteria (list[GradingCriterionRequest]): Grading criteria: at least one pass criterion, and one distinction
            criterion on a fail/pass/distinction scale.
        order (int | Unset): Position in the plan; defaults to the position in the list.
        typical_duration_minutes (int | None | Unset): Typical duration, in minutes.
        option (int | None | Unset): Id of the option the method is for (an option of the plan's standard version); null
            when it applies to every option.
        underpinned_by_portfolio (bool | Unset): The method draws on the portfolio of evidence: gateway checks the
            portfolio evidences the KSBs its criteria assess.
    """

    code: str
    name: str
    grade_scale: GradeScaleEnum
    criteria: list[GradingCriterionRequest]
    order: int | Unset = UNSET
    typical_duration_minutes: int | None | Unset = UNSET
    option: int | None | Unset = UNSET
    underpinned_by_portfolio: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        grade_scale = self.grade_scale.value

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        order = self.order

        typical_duration_minutes: int | None | Unset
        if isinstance(self.typical_duration_minutes, Unset):
            typical_duration_minutes = UNSET
        else:
            typical_duration_minutes = self.typical_duration_minutes

        option: int | None | Unset
        if isinstance(self.option, Unset):
            option = UNSET
        else:
            option = self.option

        underpinned_by_portfolio = self.underpinned_by_portfolio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "grade_scale": grade_scale,
                "criteria": criteria,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order
        if typical_duration_minutes is not UNSET:
            field_dict["typical_duration_minutes"] = typical_duration_minutes
        if option is not UNSET:
            field_dict["option"] = option
        if underpinned_by_portfolio is not UNSET:
            field_dict["underpinned_by_portfolio"] = underpinned_by_portfolio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grading_criterion_request import GradingCriterionRequest  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        grade_scale = GradeScaleEnum(d.pop("grade_scale"))

        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in _criteria:
            criteria_item = GradingCriterionRequest.from_dict(criteria_item_data)

            criteria.append(criteria_item)

        order = d.pop("order", UNSET)

        def _parse_typical_duration_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        typical_duration_minutes = _parse_typical_duration_minutes(d.pop("typical_duration_minutes", UNSET))

        def _parse_option(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        option = _parse_option(d.pop("option", UNSET))

        underpinned_by_portfolio = d.pop("underpinned_by_portfolio", UNSET)

        assessment_method_request = cls(
            code=code,
            name=name,
            grade_scale=grade_scale,
            criteria=criteria,
            order=order,
            typical_duration_minutes=typical_duration_minutes,
            option=option,
            underpinned_by_portfolio=underpinned_by_portfolio,
        )

        assessment_method_request.additional_properties = d
        return assessment_method_request

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
