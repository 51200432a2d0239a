from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoverageEntry")


@_attrs_define
class CoverageEntry:
    """
    Attributes:
        attempt (int): The attempt the judgement belongs to.
        method (str):
        criterion (str):
        band (str):
        met (bool | None): Null until judged.
        observed (bool): The assessor recorded observing the KSB.
    """

    attempt: int
    method: str
    criterion: str
    band: str
    met: bool | None
    observed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt

        method = self.method

        criterion = self.criterion

        band = self.band

        met: bool | None
        met = self.met

        observed = self.observed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt": attempt,
                "method": method,
                "criterion": criterion,
                "band": band,
                "met": met,
                "observed": observed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempt = d.pop("attempt")

        method = d.pop("method")

        criterion = d.pop("criterion")

        band = d.pop("band")

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))

        observed = d.pop("observed")

        coverage_entry = cls(
            attempt=attempt,
            method=method,
            criterion=criterion,
            band=band,
            met=met,
            observed=observed,
        )

        coverage_entry.additional_properties = d
        return coverage_entry

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
