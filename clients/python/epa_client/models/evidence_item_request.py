from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvidenceItemRequest")


@_attrs_define
class EvidenceItemRequest:
    """
    Attributes:
        title (str):
        evidence_date (datetime.date):
        ksbs (list[str]): Codes of the KSBs the item evidences, e.g. `K1`, `S4`, `B2`.
        description (str | Unset):
        reference (str | Unset): A reference or link to where the evidence is kept.
    """

    title: str
    evidence_date: datetime.date
    ksbs: list[str]
    description: str | Unset = UNSET
    reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        evidence_date = self.evidence_date.isoformat()

        ksbs = self.ksbs

        description: str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        reference: str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        title = d.pop("title")

        evidence_date = datetime.date.fromisoformat(d.pop("evidence_date"))

        ksbs = cast(list[str], d.pop("ksbs"))

        def _parse_description(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_reference(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        evidence_item_request = cls(
            title=title,
            evidence_date=evidence_date,
            ksbs=ksbs,
            description=description,
            reference=reference,
        )

        evidence_item_request.additional_properties = d
        return evidence_item_request

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
