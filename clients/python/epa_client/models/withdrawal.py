from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cancelled_booking import CancelledBooking


T = TypeVar("T", bound="Withdrawal")


@_attrs_define
class Withdrawal:
    """
    Attributes:
        apprenticeship (int):
        status (str):
        withdrawn_on (datetime.date):
        reason (str):
        note (str):
        status_before (str):
        from_epa (bool): Withdrawn once the gateway had passed.
        recorded_by (str):
        gateway_closed (bool): An open gateway was closed.
        assessments_closed (list[int]): The EPA attempts closed.
        cancelled_bookings (list[CancelledBooking]): Bookings not yet taken.
    """

    apprenticeship: int
    status: str
    withdrawn_on: datetime.date
    reason: str
    note: str
    status_before: str
    from_epa: bool
    recorded_by: str
    gateway_closed: bool
    assessments_closed: list[int]
    cancelled_bookings: list[CancelledBooking]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apprenticeship = self.apprenticeship

        status = self.status

        withdrawn_on = self.withdrawn_on.isoformat()

        reason = self.reason

        note = self.note

        status_before = self.status_before

        from_epa = self.from_epa

        recorded_by = self.recorded_by

        gateway_closed = self.gateway_closed

        assessments_closed = self.assessments_closed

        cancelled_bookings = []
        for cancelled_bookings_item_data in self.cancelled_bookings:
            cancelled_bookings_item = cancelled_bookings_item_data.to_dict()
            cancelled_bookings.append(cancelled_bookings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apprenticeship": apprenticeship,
                "status": status,
                "withdrawn_on": withdrawn_on,
                "reason": reason,
                "note": note,
                "status_before": status_before,
                "from_epa": from_epa,
                "recorded_by": recorded_by,
                "gateway_closed": gateway_closed,
                "assessments_closed": assessments_closed,
                "cancelled_bookings": cancelled_bookings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cancelled_booking import CancelledBooking  # noqa: PLC0415

        d = dict(src_dict)
        apprenticeship = d.pop("apprenticeship")

        status = d.pop("status")

        withdrawn_on = datetime.date.fromisoformat(d.pop("withdrawn_on"))

        reason = d.pop("reason")

        note = d.pop("note")

        status_before = d.pop("status_before")

        from_epa = d.pop("from_epa")

        recorded_by = d.pop("recorded_by")

        gateway_closed = d.pop("gateway_closed")

        assessments_closed = cast(list[int], d.pop("assessments_closed"))

        cancelled_bookings = []
        _cancelled_bookings = d.pop("cancelled_bookings")
        for cancelled_bookings_item_data in _cancelled_bookings:
            cancelled_bookings_item = CancelledBooking.from_dict(cancelled_bookings_item_data)

            cancelled_bookings.append(cancelled_bookings_item)

        withdrawal = cls(
            apprenticeship=apprenticeship,
            status=status,
            withdrawn_on=withdrawn_on,
            reason=reason,
            note=note,
            status_before=status_before,
            from_epa=from_epa,
            recorded_by=recorded_by,
            gateway_closed=gateway_closed,
            assessments_closed=assessments_closed,
            cancelled_bookings=cancelled_bookings,
        )

        withdrawal.additional_properties = d
        return withdrawal

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
