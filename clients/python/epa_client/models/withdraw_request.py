from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.withdrawal_reason_enum import WithdrawalReasonEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawRequest")


@_attrs_define
class WithdrawRequest:
    """
    Attributes:
        withdrawn_on (datetime.date): The last day in learning (not in the future, not before the start).
        reason (WithdrawalReasonEnum): * `left_employment` - Left the employer
            * `redundancy` - Made redundant
            * `changed_provider` - Transferred to another provider
            * `health` - Illness or injury
            * `personal` - Other personal reasons
            * `not_progressing` - Not making progress in learning
            * `epa_not_taken` - Withdrew from the end-point assessment
            * `other` - Other (see the note)
        note (str | Unset):
    """

    withdrawn_on: datetime.date
    reason: WithdrawalReasonEnum
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        withdrawn_on = self.withdrawn_on.isoformat()

        reason = self.reason.value

        note: str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "withdrawn_on": withdrawn_on,
                "reason": reason,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        withdrawn_on = datetime.date.fromisoformat(d.pop("withdrawn_on"))

        reason = WithdrawalReasonEnum(d.pop("reason"))

        def _parse_note(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        withdraw_request = cls(
            withdrawn_on=withdrawn_on,
            reason=reason,
            note=note,
        )

        withdraw_request.additional_properties = d
        return withdraw_request

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
