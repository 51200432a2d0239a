from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.coverage_entry import CoverageEntry


T = TypeVar("T", bound="CoverageKSB")


@_attrs_define
class CoverageKSB:
    """
    Attributes:
        code (str):
        kind (str):
        assessed (bool): Judged under at least one criterion.
        entries (list[CoverageEntry]):
    """

    code: str
    kind: str
    assessed: bool
    entries: list[CoverageEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind = self.kind

        assessed = self.assessed

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "kind": kind,
                "assessed": assessed,
                "entries": entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coverage_entry import CoverageEntry  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        kind = d.pop("kind")

        assessed = d.pop("assessed")

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = CoverageEntry.from_dict(entries_item_data)

            entries.append(entries_item)

        coverage_ksb = cls(
            code=code,
            kind=kind,
            assessed=assessed,
            entries=entries,
        )

        coverage_ksb.additional_properties = d
        return coverage_ksb

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
