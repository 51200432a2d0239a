from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apprenticeship_status_enum import ApprenticeshipStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.achievement import Achievement
    from ..models.learner import Learner


T = TypeVar("T", bound="Apprenticeship")


@_attrs_define
class Apprenticeship:
    """
    Attributes:
        id (int):
        learner (Learner):
        standard_version (str): Standard and version, e.g. `ST0792/1.0`. Example: ST0792/1.0.
        provider (int): Training provider id: one the caller acts for.
        employer (int): Employer id.
        start_date (datetime.date):
        planned_end_date (datetime.date):
        status (ApprenticeshipStatusEnum): * `in_training` - In training
            * `on_break` - On a break in learning
            * `further_learning` - Further learning before a retake
            * `gateway_in_progress` - Gateway in progress
            * `gateway_passed` - Gateway passed
            * `gateway_failed` - Gateway failed
            * `epa_booked` - EPA booked
            * `epa_in_progress` - EPA in progress
            * `result_provisional` - Result provisional
            * `result_confirmed` - Result confirmed: a fail with an attempt left
            * `achieved` - Achieved: a released pass or better
            * `failed` - Failed with no attempt left
            * `certificate_requested` - Certificate requested
            * `certificate_issued` - Certificate issued
            * `withdrawn` - Withdrawn
        progressed_from (int | None): The achieved apprenticeship this one progresses from.
        progressed_to (list[int]): The apprenticeships started from this one on progression.
        prior_learning_hours (int): Recognised prior learning, in off-the-job hours (on progression).
        prior_learning_note (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        option (int | None | Unset): Option id (see the standard's options); null until chosen.
        epao (int | None | Unset): EPAO id: approved for the standard.
        planned_otj_hours (int | None | Unset): Planned off-the-job training hours.
        has_ehc_plan (bool | Unset): Education, health and care plan or legacy statement.
        achievements (list[Achievement] | Unset): English and maths achievements.
    """

    id: int
    learner: Learner
    standard_version: str
    provider: int
    employer: int
    start_date: datetime.date
    planned_end_date: datetime.date
    status: ApprenticeshipStatusEnum
    progressed_from: int | None
    progressed_to: list[int]
    prior_learning_hours: int
    prior_learning_note: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    option: int | None | Unset = UNSET
    epao: int | None | Unset = UNSET
    planned_otj_hours: int | None | Unset = UNSET
    has_ehc_plan: bool | Unset = UNSET
    achievements: list[Achievement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        learner = self.learner.to_dict()

        standard_version = self.standard_version

        provider = self.provider

        employer = self.employer

        start_date = self.start_date.isoformat()

        planned_end_date = self.planned_end_date.isoformat()

        status = self.status.value

        progressed_from: int | None
        progressed_from = self.progressed_from

        progressed_to = self.progressed_to

        prior_learning_hours = self.prior_learning_hours

        prior_learning_note = self.prior_learning_note

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        achievements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.achievements, Unset):
            achievements = []
            for achievements_item_data in self.achievements:
                achievements_item = achievements_item_data.to_dict()
                achievements.append(achievements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "learner": learner,
                "standard_version": standard_version,
                "provider": provider,
                "employer": employer,
                "start_date": start_date,
                "planned_end_date": planned_end_date,
                "status": status,
                "progressed_from": progressed_from,
                "progressed_to": progressed_to,
                "prior_learning_hours": prior_learning_hours,
                "prior_learning_note": prior_learning_note,
                "created_at": created_at,
                "updated_at": updated_at,
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
        if achievements is not UNSET:
            field_dict["achievements"] = achievements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.achievement import Achievement  # noqa: PLC0415
        from ..models.learner import Learner  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        learner = Learner.from_dict(d.pop("learner"))

        standard_version = d.pop("standard_version")

        provider = d.pop("provider")

        employer = d.pop("employer")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        planned_end_date = datetime.date.fromisoformat(d.pop("planned_end_date"))

        status = ApprenticeshipStatusEnum(d.pop("status"))

        def _parse_progressed_from(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        progressed_from = _parse_progressed_from(d.pop("progressed_from"))

        progressed_to = cast(list[int], d.pop("progressed_to"))

        prior_learning_hours = d.pop("prior_learning_hours")

        prior_learning_note = d.pop("prior_learning_note")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        _achievements = d.pop("achievements", UNSET)
        achievements: list[Achievement] | Unset = UNSET
        if _achievements is not UNSET:
            achievements = []
            for achievements_item_data in _achievements:
                achievements_item = Achievement.from_dict(achievements_item_data)

                achievements.append(achievements_item)

        apprenticeship = cls(
            id=id,
            learner=learner,
            standard_version=standard_version,
            provider=provider,
            employer=employer,
            start_date=start_date,
            planned_end_date=planned_end_date,
            status=status,
            progressed_from=progressed_from,
            progressed_to=progressed_to,
            prior_learning_hours=prior_learning_hours,
            prior_learning_note=prior_learning_note,
            created_at=created_at,
            updated_at=updated_at,
            option=option,
            epao=epao,
            planned_otj_hours=planned_otj_hours,
            has_ehc_plan=has_ehc_plan,
            achievements=achievements,
        )

        apprenticeship.additional_properties = d
        return apprenticeship

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
