from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.coverage_ksb import CoverageKSB


T = TypeVar("T", bound="Coverage")


@_attrs_define
class Coverage:
    """
    Attributes:
        assessment (int):
        uln (str): The apprentice's ULN.
        option (None | str):
        ksbs (list[CoverageKSB]): Every KSB of the apprentice's option.
        unassessed (list[str]): KSBs no judgement covers yet.
    """

    assessment: int
    uln: str
    option: None | str
    ksbs: list[CoverageKSB]
    unassessed: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment = self.assessment

        uln = self.uln

        option: None | str
        option = self.option

        ksbs = []
        for ksbs_item_data in self.ksbs:
            ksbs_item = ksbs_item_data.to_dict()
            ksbs.append(ksbs_item)

        unassessed = self.unassessed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment": assessment,
                "uln": uln,
                "option": option,
                "ksbs": ksbs,
                "unassessed": unassessed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coverage_ksb import CoverageKSB  # noqa: PLC0415

        d = dict(src_dict)
        assessment = d.pop("assessment")

        uln = d.pop("uln")

        def _parse_option(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        option = _parse_option(d.pop("option"))

        ksbs = []
        _ksbs = d.pop("ksbs")
        for ksbs_item_data in _ksbs:
            ksbs_item = CoverageKSB.from_dict(ksbs_item_data)

            ksbs.append(ksbs_item)

        unassessed = cast(list[str], d.pop("unassessed"))

        coverage = cls(
            assessment=assessment,
            uln=uln,
            option=option,
            ksbs=ksbs,
            unassessed=unassessed,
        )

        coverage.additional_properties = d
        return coverage

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
