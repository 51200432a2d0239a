from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardBlock")


@_attrs_define
class StandardBlock:
    """
    Attributes:
        standard_name (str): The standard's title.
        level (int): The standard's level.
        standard_code (int | None | Unset): LARS code.
        standard_reference (None | str | Unset): IfATE reference, e.g. `ST0792`. When both are given they must agree.
    """

    standard_name: str
    level: int
    standard_code: int | None | Unset = UNSET
    standard_reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        standard_name = self.standard_name

        level = self.level

        standard_code: int | None | Unset
        if isinstance(self.standard_code, Unset):
            standard_code = UNSET
        else:
            standard_code = self.standard_code

        standard_reference: None | str | Unset
        if isinstance(self.standard_reference, Unset):
            standard_reference = UNSET
        else:
            standard_reference = self.standard_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "standardName": standard_name,
                "level": level,
            }
        )
        if standard_code is not UNSET:
            field_dict["standardCode"] = standard_code
        if standard_reference is not UNSET:
            field_dict["standardReference"] = standard_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        standard_name = d.pop("standardName")

        level = d.pop("level")

        def _parse_standard_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        standard_code = _parse_standard_code(d.pop("standardCode", UNSET))

        def _parse_standard_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        standard_reference = _parse_standard_reference(d.pop("standardReference", UNSET))

        standard_block = cls(
            standard_name=standard_name,
            level=level,
            standard_code=standard_code,
            standard_reference=standard_reference,
        )

        standard_block.additional_properties = d
        return standard_block

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
