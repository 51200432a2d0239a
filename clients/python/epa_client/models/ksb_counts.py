from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KSBCounts")


@_attrs_define
class KSBCounts:
    """
    Attributes:
        knowledge (int): Number of knowledge statements (K).
        skill (int): Number of skills (S).
        behaviour (int): Number of behaviours (B).
        total (int): All KSBs of the version.
    """

    knowledge: int
    skill: int
    behaviour: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        knowledge = self.knowledge

        skill = self.skill

        behaviour = self.behaviour

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "knowledge": knowledge,
                "skill": skill,
                "behaviour": behaviour,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        knowledge = d.pop("knowledge")

        skill = d.pop("skill")

        behaviour = d.pop("behaviour")

        total = d.pop("total")

        ksb_counts = cls(
            knowledge=knowledge,
            skill=skill,
            behaviour=behaviour,
            total=total,
        )

        ksb_counts.additional_properties = d
        return ksb_counts

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
