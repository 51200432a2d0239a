from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_record_status_enum import SyncRecordStatusEnum
from ..models.withdrawal_reason_enum import WithdrawalReasonEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.achievement_request import AchievementRequest


T = TypeVar("T", bound="SyncRecordRequest")


@_attrs_define
class SyncRecordRequest:
    """One apprenticeship in a sync batch, keyed by ULN and standard reference.

    Only shapes are checked here (no database): the rules run in ``learners.sync``.

        Attributes:
            uln (str): The learner's ULN (10 digits).
            given_names (str):
            family_name (str):
            date_of_birth (datetime.date):
            standard (str): Standard reference.
            version (str): Standard version, e.g. 1.0.
            employer (int): Employer id.
            start_date (datetime.date):
            planned_end_date (datetime.date):
            email (str | Unset):
            option (None | str | Unset): Option title; empty until chosen.
            epao (int | None | Unset): EPAO id.
            planned_otj_hours (int | None | Unset):
            has_ehc_plan (bool | Unset):  Default: False.
            achievements (list[AchievementRequest] | Unset): Replaces the recorded achievements when given.
            status (SyncRecordStatusEnum | Unset): * `withdrawn` - Withdrawn
            withdrawn_on (datetime.date | Unset):
            withdrawal_reason (WithdrawalReasonEnum | Unset): * `left_employment` - Left the employer
                * `redundancy` - Made redundant
                * `changed_provider` - Transferred to another provider
                * `health` - Illness or injury
                * `personal` - Other personal reasons
                * `not_progressing` - Not making progress in learning
                * `epa_not_taken` - Withdrew from the end-point assessment
                * `other` - Other (see the note)
    """

    uln: str
    given_names: str
    family_name: str
    date_of_birth: datetime.date
    standard: str
    version: str
    employer: int
    start_date: datetime.date
    planned_end_date: datetime.date
    email: str | Unset = UNSET
    option: None | str | Unset = UNSET
    epao: int | None | Unset = UNSET
    planned_otj_hours: int | None | Unset = UNSET
    has_ehc_plan: bool | Unset = False
    achievements: list[AchievementRequest] | Unset = UNSET
    status: SyncRecordStatusEnum | Unset = UNSET
    withdrawn_on: datetime.date | Unset = UNSET
    withdrawal_reason: WithdrawalReasonEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uln = self.uln

        given_names = self.given_names

        family_name = self.family_name

        date_of_birth = self.date_of_birth.isoformat()

        standard = self.standard

        version = self.version

        employer = self.employer

        start_date = self.start_date.isoformat()

        planned_end_date = self.planned_end_date.isoformat()

        email: str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        option: None | str | Unset
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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        withdrawn_on: str | Unset = UNSET
        if not isinstance(self.withdrawn_on, Unset):
            withdrawn_on = self.withdrawn_on.isoformat()

        withdrawal_reason: str | Unset = UNSET
        if not isinstance(self.withdrawal_reason, Unset):
            withdrawal_reason = self.withdrawal_reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uln": uln,
                "given_names": given_names,
                "family_name": family_name,
                "date_of_birth": date_of_birth,
                "standard": standard,
                "version": version,
                "employer": employer,
                "start_date": start_date,
                "planned_end_date": planned_end_date,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
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
        if status is not UNSET:
            field_dict["status"] = status
        if withdrawn_on is not UNSET:
            field_dict["withdrawn_on"] = withdrawn_on
        if withdrawal_reason is not UNSET:
            field_dict["withdrawal_reason"] = withdrawal_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.achievement_request import AchievementRequest  # noqa: PLC0415

        d = dict(src_dict)
        uln = d.pop("uln")

        given_names = d.pop("given_names")

        family_name = d.pop("family_name")

        date_of_birth = datetime.date.fromisoformat(d.pop("date_of_birth"))

        standard = d.pop("standard")

        version = d.pop("version")

        employer = d.pop("employer")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        planned_end_date = datetime.date.fromisoformat(d.pop("planned_end_date"))

        def _parse_email(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_option(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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
        achievements: list[AchievementRequest] | Unset = UNSET
        if _achievements is not UNSET:
            achievements = []
            for achievements_item_data in _achievements:
                achievements_item = AchievementRequest.from_dict(achievements_item_data)

                achievements.append(achievements_item)

        _status = d.pop("status", UNSET)
        status: SyncRecordStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SyncRecordStatusEnum(_status)

        _withdrawn_on = d.pop("withdrawn_on", UNSET)
        withdrawn_on: datetime.date | Unset
        if isinstance(_withdrawn_on, Unset):
            withdrawn_on = UNSET
        else:
            withdrawn_on = datetime.date.fromisoformat(_withdrawn_on)

        _withdrawal_reason = d.pop("withdrawal_reason", UNSET)
        withdrawal_reason: WithdrawalReasonEnum | Unset
        if isinstance(_withdrawal_reason, Unset):
            withdrawal_reason = UNSET
        else:
            withdrawal_reason = WithdrawalReasonEnum(_withdrawal_reason)

        sync_record_request = cls(
            uln=uln,
            given_names=given_names,
            family_name=family_name,
            date_of_birth=date_of_birth,
            standard=standard,
            version=version,
            employer=employer,
            start_date=start_date,
            planned_end_date=planned_end_date,
            email=email,
            option=option,
            epao=epao,
            planned_otj_hours=planned_otj_hours,
            has_ehc_plan=has_ehc_plan,
            achievements=achievements,
            status=status,
            withdrawn_on=withdrawn_on,
            withdrawal_reason=withdrawal_reason,
        )

        sync_record_request.additional_properties = d
        return sync_record_request

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
