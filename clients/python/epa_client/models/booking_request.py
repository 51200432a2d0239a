from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BookingRequest")


@_attrs_define
class BookingRequest:
    """
    Attributes:
        scheduled_at (datetime.datetime): When, within the EPA period.
        assessor (str): The assessor's user name: an assessor of the EPAO with no conflict of interest.
        location (str | Unset): Where, unless remote.
        remote (bool | Unset):  Default: False.
    """

    scheduled_at: datetime.datetime
    assessor: str
    location: str | Unset = UNSET
    remote: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheduled_at = self.scheduled_at.isoformat()

        assessor = self.assessor

        location: str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        remote = self.remote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheduled_at": scheduled_at,
                "assessor": assessor,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location
        if remote is not UNSET:
            field_dict["remote"] = remote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scheduled_at = datetime.datetime.fromisoformat(d.pop("scheduled_at"))

        assessor = d.pop("assessor")

        def _parse_location(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        remote = d.pop("remote", UNSET)

        booking_request = cls(
            scheduled_at=scheduled_at,
            assessor=assessor,
            location=location,
            remote=remote,
        )

        booking_request.additional_properties = d
        return booking_request

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
