from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.outcome_figure_grades import OutcomeFigureGrades
    from ..models.outcome_figure_progressed import OutcomeFigureProgressed


T = TypeVar("T", bound="OutcomeFigure")


@_attrs_define
class OutcomeFigure:
    """
    Attributes:
        standard (str):
        version (str):
        option (str):
        completed (int): EPAs completed: results dated in the period.
        grades (OutcomeFigureGrades): Results per overall grade.
        passed (int):
        pass_rate (float | None):
        resits (int):
        retakes (int):
        withdrawals (int): Withdrawals dated in the period.
        appeals_lodged (int):
        appeals_upheld (int):
        median_days_gateway_to_result (float | None):
        achievers (int):
        progressed (OutcomeFigureProgressed): Achievers who progressed, per standard.
    """

    standard: str
    version: str
    option: str
    completed: int
    grades: OutcomeFigureGrades
    passed: int
    pass_rate: float | None
    resits: int
    retakes: int
    withdrawals: int
    appeals_lodged: int
    appeals_upheld: int
    median_days_gateway_to_result: float | None
    achievers: int
    progressed: OutcomeFigureProgressed
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        standard = self.standard

        version = self.version

        option = self.option

        completed = self.completed

        grades = self.grades.to_dict()

        passed = self.passed

        pass_rate: float | None
        pass_rate = self.pass_rate

        resits = self.resits

        retakes = self.retakes

        withdrawals = self.withdrawals

        appeals_lodged = self.appeals_lodged

        appeals_upheld = self.appeals_upheld

        median_days_gateway_to_result: float | None
        median_days_gateway_to_result = self.median_days_gateway_to_result

        achievers = self.achievers

        progressed = self.progressed.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "standard": standard,
                "version": version,
                "option": option,
                "completed": completed,
                "grades": grades,
                "passed": passed,
                "pass_rate": pass_rate,
                "resits": resits,
                "retakes": retakes,
                "withdrawals": withdrawals,
                "appeals_lodged": appeals_lodged,
                "appeals_upheld": appeals_upheld,
                "median_days_gateway_to_result": median_days_gateway_to_result,
                "achievers": achievers,
                "progressed": progressed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outcome_figure_grades import OutcomeFigureGrades  # noqa: PLC0415
        from ..models.outcome_figure_progressed import OutcomeFigureProgressed  # noqa: PLC0415

        d = dict(src_dict)
        standard = d.pop("standard")

        version = d.pop("version")

        option = d.pop("option")

        completed = d.pop("completed")

        grades = OutcomeFigureGrades.from_dict(d.pop("grades"))

        passed = d.pop("passed")

        def _parse_pass_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        pass_rate = _parse_pass_rate(d.pop("pass_rate"))

        resits = d.pop("resits")

        retakes = d.pop("retakes")

        withdrawals = d.pop("withdrawals")

        appeals_lodged = d.pop("appeals_lodged")

        appeals_upheld = d.pop("appeals_upheld")

        def _parse_median_days_gateway_to_result(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_days_gateway_to_result = _parse_median_days_gateway_to_result(d.pop("median_days_gateway_to_result"))

        achievers = d.pop("achievers")

        progressed = OutcomeFigureProgressed.from_dict(d.pop("progressed"))

        outcome_figure = cls(
            standard=standard,
            version=version,
            option=option,
            completed=completed,
            grades=grades,
            passed=passed,
            pass_rate=pass_rate,
            resits=resits,
            retakes=retakes,
            withdrawals=withdrawals,
            appeals_lodged=appeals_lodged,
            appeals_upheld=appeals_upheld,
            median_days_gateway_to_result=median_days_gateway_to_result,
            achievers=achievers,
            progressed=progressed,
        )

        outcome_figure.additional_properties = d
        return outcome_figure

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
