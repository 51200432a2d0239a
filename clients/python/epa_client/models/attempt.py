from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_status_enum import GatewayStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Attempt")


@_attrs_define
class Attempt:
    """
    Attributes:
        number (int):
        submitted_at (datetime.datetime):
        outcome (GatewayStatusEnum | None): `passed` or `failed`; null until decided.

            * `draft` - Draft: being prepared by the provider and employer
            * `submitted` - Submitted: with the EPAO for review
            * `passed` - Passed
            * `failed` - Failed: can be corrected and resubmitted
            * `withdrawn` - Closed: the apprentice withdrew
        decided_at (datetime.datetime | None | Unset):
    """

    number: int
    submitted_at: datetime.datetime
    outcome: GatewayStatusEnum | None
    decided_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        submitted_at = self.submitted_at.isoformat()

        outcome: None | str
        if isinstance(self.outcome, GatewayStatusEnum):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        decided_at: None | str | Unset
        if isinstance(self.decided_at, Unset):
            decided_at = UNSET
        elif isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "submitted_at": submitted_at,
                "outcome": outcome,
            }
        )
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        def _parse_outcome(data: object) -> GatewayStatusEnum | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = GatewayStatusEnum(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GatewayStatusEnum | None, data)

        outcome = _parse_outcome(d.pop("outcome"))

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

        attempt = cls(
            number=number,
            submitted_at=submitted_at,
            outcome=outcome,
            decided_at=decided_at,
        )

        attempt.additional_properties = d
        return attempt

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
