from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OptionSummary")


@_attrs_define
class OptionSummary:
    """
    Attributes:
        id (int): Option id; usable as the `option` filter.
        title (str): Option title, e.g. Production coordinator.
        ksb_count (int): KSBs an apprentice on this option is assessed against (core plus option).
        external_id (str | Unset): Its id in the Skills England standards API (a GUID); empty when not imported from
            there.
    """

    id: int
    title: str
    ksb_count: int
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        ksb_count = self.ksb_count

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "ksb_count": ksb_count,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        ksb_count = d.pop("ksb_count")

        external_id = d.pop("external_id", UNSET)

        option_summary = cls(
            id=id,
            title=title,
            ksb_count=ksb_count,
            external_id=external_id,
        )

        option_summary.additional_properties = d
        return option_summary

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
