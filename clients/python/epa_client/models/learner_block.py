from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearnerBlock")


@_attrs_define
class LearnerBlock:
    """
    Attributes:
        uln (int): 10 digits, 1000000000-9999999999.
        family_name (str): Matched case-insensitively against the learner.
        given_names (str): The learner's given names.
    """

    uln: int
    family_name: str
    given_names: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uln = self.uln

        family_name = self.family_name

        given_names = self.given_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uln": uln,
                "familyName": family_name,
                "givenNames": given_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uln = d.pop("uln")

        family_name = d.pop("familyName")

        given_names = d.pop("givenNames")

        learner_block = cls(
            uln=uln,
            family_name=family_name,
            given_names=given_names,
        )

        learner_block.additional_properties = d
        return learner_block

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
