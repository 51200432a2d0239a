from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.epa_attempt_request import EpaAttemptRequest


T = TypeVar("T", bound="EpaDetailsInRequest")


@_attrs_define
class EpaDetailsInRequest:
    """
    Attributes:
        epas (list[EpaAttemptRequest]): One entry per attempt, non-empty.
    """

    epas: list[EpaAttemptRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        epas = []
        for epas_item_data in self.epas:
            epas_item = epas_item_data.to_dict()
            epas.append(epas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "epas": epas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.epa_attempt_request import EpaAttemptRequest  # noqa: PLC0415

        d = dict(src_dict)
        epas = []
        _epas = d.pop("epas")
        for epas_item_data in _epas:
            epas_item = EpaAttemptRequest.from_dict(epas_item_data)

            epas.append(epas_item)

        epa_details_in_request = cls(
            epas=epas,
        )

        epa_details_in_request.additional_properties = d
        return epa_details_in_request

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
