from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.epa_attempt import EpaAttempt


T = TypeVar("T", bound="EpaDetailsOut")


@_attrs_define
class EpaDetailsOut:
    """
    Attributes:
        epa_reference (str): 8 digits.
        latest_epa_date (datetime.datetime): Latest attempt's date.
        latest_epa_outcome (str): `Pass`, `Fail` or `Withdrawn`.
        epas (list[EpaAttempt]): Every attempt.
    """

    epa_reference: str
    latest_epa_date: datetime.datetime
    latest_epa_outcome: str
    epas: list[EpaAttempt]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        epa_reference = self.epa_reference

        latest_epa_date = self.latest_epa_date.isoformat()

        latest_epa_outcome = self.latest_epa_outcome

        epas = []
        for epas_item_data in self.epas:
            epas_item = epas_item_data.to_dict()
            epas.append(epas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "epaReference": epa_reference,
                "latestEpaDate": latest_epa_date,
                "latestEpaOutcome": latest_epa_outcome,
                "epas": epas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.epa_attempt import EpaAttempt  # noqa: PLC0415

        d = dict(src_dict)
        epa_reference = d.pop("epaReference")

        latest_epa_date = datetime.datetime.fromisoformat(d.pop("latestEpaDate"))

        latest_epa_outcome = d.pop("latestEpaOutcome")

        epas = []
        _epas = d.pop("epas")
        for epas_item_data in _epas:
            epas_item = EpaAttempt.from_dict(epas_item_data)

            epas.append(epas_item)

        epa_details_out = cls(
            epa_reference=epa_reference,
            latest_epa_date=latest_epa_date,
            latest_epa_outcome=latest_epa_outcome,
            epas=epas,
        )

        epa_details_out.additional_properties = d
        return epa_details_out

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
