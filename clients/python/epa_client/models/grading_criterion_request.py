from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.band_enum import BandEnum

T = TypeVar("T", bound="GradingCriterionRequest")


@_attrs_define
class GradingCriterionRequest:
    """
    Attributes:
        code (str): Code, unique within the method, e.g. PR1.
        band (BandEnum): * `pass` - Pass
            * `credit` - Credit
            * `merit` - Merit
            * `distinction` - Distinction
            * `excellence` - Pass with excellence
            * `outstanding` - Outstanding
        descriptor (str): What the apprentice shows to meet it.
        ksbs (list[str]): Codes of the KSBs the criterion assesses; each a KSB of the standard version. Example: ['K1',
            'S3', 'B2'].
    """

    code: str
    band: BandEnum
    descriptor: str
    ksbs: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        band = self.band.value

        descriptor = self.descriptor

        ksbs = self.ksbs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "band": band,
                "descriptor": descriptor,
                "ksbs": ksbs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        band = BandEnum(d.pop("band"))

        descriptor = d.pop("descriptor")

        ksbs = cast(list[str], d.pop("ksbs"))

        grading_criterion_request = cls(
            code=code,
            band=band,
            descriptor=descriptor,
            ksbs=ksbs,
        )

        grading_criterion_request.additional_properties = d
        return grading_criterion_request

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
