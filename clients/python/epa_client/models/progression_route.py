from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProgressionRoute")


@_attrs_define
class ProgressionRoute:
    """
    Attributes:
        reference (str): Target standard.
        title (str): Target standard's title.
        level (int): Target standard's level.
        version (str): Target version, if stated; may be empty.
        is_loaded (bool): Whether the target standard is in this catalogue.
    """

    reference: str
    title: str
    level: int
    version: str
    is_loaded: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        title = self.title

        level = self.level

        version = self.version

        is_loaded = self.is_loaded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
                "title": title,
                "level": level,
                "version": version,
                "is_loaded": is_loaded,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        title = d.pop("title")

        level = d.pop("level")

        version = d.pop("version")

        is_loaded = d.pop("is_loaded")

        progression_route = cls(
            reference=reference,
            title=title,
            level=level,
            version=version,
            is_loaded=is_loaded,
        )

        progression_route.additional_properties = d
        return progression_route

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
