from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CancelledBooking")


@_attrs_define
class CancelledBooking:
    """
    Attributes:
        assessment (int):
        method (str): The method's code.
        scheduled_at (datetime.datetime):
    """

    assessment: int
    method: str
    scheduled_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment = self.assessment

        method = self.method

        scheduled_at = self.scheduled_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment": assessment,
                "method": method,
                "scheduled_at": scheduled_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assessment = d.pop("assessment")

        method = d.pop("method")

        scheduled_at = datetime.datetime.fromisoformat(d.pop("scheduled_at"))

        cancelled_booking = cls(
            assessment=assessment,
            method=method,
            scheduled_at=scheduled_at,
        )

        cancelled_booking.additional_properties = d
        return cancelled_booking

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
