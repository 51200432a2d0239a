from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resit_kind_enum import ResitKindEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResitRequest")


@_attrs_define
class ResitRequest:
    """
    Attributes:
        kind (ResitKindEnum): * `resit` - resit
            * `retake` - retake
        exceptional_circumstances (bool | Unset): Recorded exceptional circumstances lift the cap at pass. Default:
            False.
        exceptional_reason (str | Unset):
    """

    kind: ResitKindEnum
    exceptional_circumstances: bool | Unset = False
    exceptional_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        exceptional_circumstances = self.exceptional_circumstances

        exceptional_reason: str | Unset
        if isinstance(self.exceptional_reason, Unset):
            exceptional_reason = UNSET
        else:
            exceptional_reason = self.exceptional_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if exceptional_circumstances is not UNSET:
            field_dict["exceptional_circumstances"] = exceptional_circumstances
        if exceptional_reason is not UNSET:
            field_dict["exceptional_reason"] = exceptional_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ResitKindEnum(d.pop("kind"))

        exceptional_circumstances = d.pop("exceptional_circumstances", UNSET)

        def _parse_exceptional_reason(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        exceptional_reason = _parse_exceptional_reason(d.pop("exceptional_reason", UNSET))

        resit_request = cls(
            kind=kind,
            exceptional_circumstances=exceptional_circumstances,
            exceptional_reason=exceptional_reason,
        )

        resit_request.additional_properties = d
        return resit_request

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
