from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgressRequest")


@_attrs_define
class ProgressRequest:
    """The next apprenticeship: the learner and provider are those of the achieved one.

    Attributes:
        standard_version (str): A version of a progression standard, e.g. `ST0525/1.0`. Example: ST0792/1.0.
        employer (int):
        start_date (datetime.date):
        planned_end_date (datetime.date):
        option (int | None | Unset):
        epao (int | None | Unset):
        planned_otj_hours (int | None | Unset):
        has_ehc_plan (bool | Unset):  Default: False.
        prior_learning_hours (int | Unset): Recognised prior learning, in off-the-job hours: the gateway's off-the-job
            reduction. Default: 0.
        prior_learning_note (str | Unset):
    """

    standard_version: str
    employer: int
    start_date: datetime.date
    planned_end_date: datetime.date
    option: int | None | Unset = UNSET
    epao: int | None | Unset = UNSET
    planned_otj_hours: int | None | Unset = UNSET
    has_ehc_plan: bool | Unset = False
    prior_learning_hours: int | Unset = 0
    prior_learning_note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        standard_version = self.standard_version

        employer = self.employer

        start_date = self.start_date.isoformat()

        planned_end_date = self.planned_end_date.isoformat()

        option: int | None | Unset
        if isinstance(self.option, Unset):
            option = UNSET
        else:
            option = self.option

        epao: int | None | Unset
        if isinstance(self.epao, Unset):
            epao = UNSET
        else:
            epao = self.epao

        planned_otj_hours: int | None | Unset
        if isinstance(self.planned_otj_hours, Unset):
            planned_otj_hours = UNSET
        else:
            planned_otj_hours = self.planned_otj_hours

        has_ehc_plan = self.has_ehc_plan

        prior_learning_hours = self.prior_learning_hours

        prior_learning_note: str | Unset
        if isinstance(self.prior_learning_note, Unset):
            prior_learning_note = UNSET
        else:
            prior_learning_note = self.prior_learning_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "standard_version": standard_version,
                "employer": employer,
                "start_date": start_date,
                "planned_end_date": planned_end_date,
            }
        )
        if option is not UNSET:
            field_dict["option"] = option
        if epao is not UNSET:
            field_dict["epao"] = epao
        if planned_otj_hours is not UNSET:
            field_dict["planned_otj_hours"] = planned_otj_hours
        if has_ehc_plan is not UNSET:
            field_dict["has_ehc_plan"] = has_ehc_plan
        if prior_learning_hours is not UNSET:
            field_dict["prior_learning_hours"] = prior_learning_hours
        if prior_learning_note is not UNSET:
            field_dict["prior_learning_note"] = prior_learning_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        standard_version = d.pop("standard_version")

        employer = d.pop("employer")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        planned_end_date = datetime.date.fromisoformat(d.pop("planned_end_date"))

        def _parse_option(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        option = _parse_option(d.pop("option", UNSET))

        def _parse_epao(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        epao = _parse_epao(d.pop("epao", UNSET))

        def _parse_planned_otj_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        planned_otj_hours = _parse_planned_otj_hours(d.pop("planned_otj_hours", UNSET))

        has_ehc_plan = d.pop("has_ehc_plan", UNSET)

        prior_learning_hours = d.pop("prior_learning_hours", UNSET)

        def _parse_prior_learning_note(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        prior_learning_note = _parse_prior_learning_note(d.pop("prior_learning_note", UNSET))

        progress_request = cls(
            standard_version=standard_version,
            employer=employer,
            start_date=start_date,
            planned_end_date=planned_end_date,
            option=option,
            epao=epao,
            planned_otj_hours=planned_otj_hours,
            has_ehc_plan=has_ehc_plan,
            prior_learning_hours=prior_learning_hours,
            prior_learning_note=prior_learning_note,
        )

        progress_request.additional_properties = d
        return progress_request

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
