from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvidenceItem")


@_attrs_define
class EvidenceItem:
    """
    Attributes:
        id (int):
        title (str):
        evidence_date (datetime.date):
        ksbs (list[str]): Codes of the KSBs the item evidences, e.g. `K1`, `S4`, `B2`.
        description (str | Unset):
        reference (str | Unset): A reference or link to where the evidence is kept.
    """

    id: int
    title: str
    evidence_date: datetime.date
    ksbs: list[str]
    description: str | Unset = UNSET
    reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        evidence_date = self.evidence_date.isoformat()

        ksbs = self.ksbs

        description = self.description

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "evidence_date": evidence_date,
                "ksbs": ksbs,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        evidence_date = datetime.date.fromisoformat(d.pop("evidence_date"))

        ksbs = cast(list[str], d.pop("ksbs"))

        description = d.pop("description", UNSET)

        reference = d.pop("reference", UNSET)

        evidence_item = cls(
            id=id,
            title=title,
            evidence_date=evidence_date,
            ksbs=ksbs,
            description=description,
            reference=reference,
        )

        evidence_item.additional_properties = d
        return evidence_item

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
