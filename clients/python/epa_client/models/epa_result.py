from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EpaResult")


@_attrs_define
class EpaResult:
    """
    Attributes:
        validation_errors (list[str]): DfE's messages; empty on success.
        request_id (str | Unset): As sent.
        epa_reference (str | Unset): On success only.
    """

    validation_errors: list[str]
    request_id: str | Unset = UNSET
    epa_reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        validation_errors = self.validation_errors

        request_id = self.request_id

        epa_reference = self.epa_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "validationErrors": validation_errors,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if epa_reference is not UNSET:
            field_dict["epaReference"] = epa_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        validation_errors = cast(list[str], d.pop("validationErrors"))

        request_id = d.pop("requestId", UNSET)

        epa_reference = d.pop("epaReference", UNSET)

        epa_result = cls(
            validation_errors=validation_errors,
            request_id=request_id,
            epa_reference=epa_reference,
        )

        epa_result.additional_properties = d
        return epa_result

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
