from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Break")


@_attrs_define
class Break:
    """
    Attributes:
        id (int):
        apprenticeship (int):
        starts_on (datetime.date):
        status_before (str): The status the return goes back to.
        planned_end_date_before (datetime.date):
        planned_end_date (datetime.date):
        status (str):
        recorded_by (str):
        returned_on (datetime.date | None | Unset):
        reason (str | Unset):
    """

    id: int
    apprenticeship: int
    starts_on: datetime.date
    status_before: str
    planned_end_date_before: datetime.date
    planned_end_date: datetime.date
    status: str
    recorded_by: str
    returned_on: datetime.date | None | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        apprenticeship = self.apprenticeship

        starts_on = self.starts_on.isoformat()

        status_before = self.status_before

        planned_end_date_before = self.planned_end_date_before.isoformat()

        planned_end_date = self.planned_end_date.isoformat()

        status = self.status

        recorded_by = self.recorded_by

        returned_on: None | str | Unset
        if isinstance(self.returned_on, Unset):
            returned_on = UNSET
        elif isinstance(self.returned_on, datetime.date):
            returned_on = self.returned_on.isoformat()
        else:
            returned_on = self.returned_on

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "apprenticeship": apprenticeship,
                "starts_on": starts_on,
                "status_before": status_before,
                "planned_end_date_before": planned_end_date_before,
                "planned_end_date": planned_end_date,
                "status": status,
                "recorded_by": recorded_by,
            }
        )
        if returned_on is not UNSET:
            field_dict["returned_on"] = returned_on
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        apprenticeship = d.pop("apprenticeship")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        status_before = d.pop("status_before")

        planned_end_date_before = datetime.date.fromisoformat(d.pop("planned_end_date_before"))

        planned_end_date = datetime.date.fromisoformat(d.pop("planned_end_date"))

        status = d.pop("status")

        recorded_by = d.pop("recorded_by")

        def _parse_returned_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                returned_on_type_0 = datetime.date.fromisoformat(data)

                return returned_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        returned_on = _parse_returned_on(d.pop("returned_on", UNSET))

        reason = d.pop("reason", UNSET)

        break_ = cls(
            id=id,
            apprenticeship=apprenticeship,
            starts_on=starts_on,
            status_before=status_before,
            planned_end_date_before=planned_end_date_before,
            planned_end_date=planned_end_date,
            status=status,
            recorded_by=recorded_by,
            returned_on=returned_on,
            reason=reason,
        )

        break_.additional_properties = d
        return break_

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
