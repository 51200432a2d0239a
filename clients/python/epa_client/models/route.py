from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Route")


@_attrs_define
class Route:
    """
    Attributes:
        reference (str): The standard it leads to, e.g. ST0525.
        title (str):
        level (int):
        in_catalogue (bool): The catalogue holds the standard.
        versions (list[str]): Its versions in the catalogue.
        open_ (bool): Open to the apprentice: they have achieved.
        started (list[int]): Apprenticeships started on it from this one.
    """

    reference: str
    title: str
    level: int
    in_catalogue: bool
    versions: list[str]
    open_: bool
    started: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        title = self.title

        level = self.level

        in_catalogue = self.in_catalogue

        versions = self.versions

        open_ = self.open_

        started = self.started

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
                "title": title,
                "level": level,
                "in_catalogue": in_catalogue,
                "versions": versions,
                "open": open_,
                "started": started,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        title = d.pop("title")

        level = d.pop("level")

        in_catalogue = d.pop("in_catalogue")

        versions = cast(list[str], d.pop("versions"))

        open_ = d.pop("open")

        started = cast(list[int], d.pop("started"))

        route = cls(
            reference=reference,
            title=title,
            level=level,
            in_catalogue=in_catalogue,
            versions=versions,
            open_=open_,
            started=started,
        )

        route.additional_properties = d
        return route

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
