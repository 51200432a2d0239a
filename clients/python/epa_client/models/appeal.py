from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appeal_status_enum import AppealStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Appeal")


@_attrs_define
class Appeal:
    """
    Attributes:
        id (int):
        method (str): The method appealed.
        grounds (str):
        lodged_by (str):
        lodged_by_organisation (int):
        lodged_at (datetime.datetime):
        status (AppealStatusEnum | Unset): * `lodged` - Lodged
            * `upheld` - Upheld
            * `dismissed` - Dismissed
        decided_by (str | Unset):
        decided_at (datetime.datetime | None | Unset):
        decision_reason (str | Unset):
    """

    id: int
    method: str
    grounds: str
    lodged_by: str
    lodged_by_organisation: int
    lodged_at: datetime.datetime
    status: AppealStatusEnum | Unset = UNSET
    decided_by: str | Unset = UNSET
    decided_at: datetime.datetime | None | Unset = UNSET
    decision_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        method = self.method

        grounds = self.grounds

        lodged_by = self.lodged_by

        lodged_by_organisation = self.lodged_by_organisation

        lodged_at = self.lodged_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        decided_by = self.decided_by

        decided_at: None | str | Unset
        if isinstance(self.decided_at, Unset):
            decided_at = UNSET
        elif isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decision_reason = self.decision_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "method": method,
                "grounds": grounds,
                "lodged_by": lodged_by,
                "lodged_by_organisation": lodged_by_organisation,
                "lodged_at": lodged_at,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if decided_by is not UNSET:
            field_dict["decided_by"] = decided_by
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at
        if decision_reason is not UNSET:
            field_dict["decision_reason"] = decision_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        method = d.pop("method")

        grounds = d.pop("grounds")

        lodged_by = d.pop("lodged_by")

        lodged_by_organisation = d.pop("lodged_by_organisation")

        lodged_at = datetime.datetime.fromisoformat(d.pop("lodged_at"))

        _status = d.pop("status", UNSET)
        status: AppealStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AppealStatusEnum(_status)

        decided_by = d.pop("decided_by", UNSET)

        def _parse_decided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        decided_at = _parse_decided_at(d.pop("decided_at", UNSET))

        decision_reason = d.pop("decision_reason", UNSET)

        appeal = cls(
            id=id,
            method=method,
            grounds=grounds,
            lodged_by=lodged_by,
            lodged_by_organisation=lodged_by_organisation,
            lodged_at=lodged_at,
            status=status,
            decided_by=decided_by,
            decided_at=decided_at,
            decision_reason=decision_reason,
        )

        appeal.additional_properties = d
        return appeal

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
