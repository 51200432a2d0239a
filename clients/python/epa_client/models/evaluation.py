from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.component import Component


T = TypeVar("T", bound="Evaluation")


@_attrs_define
class Evaluation:
    """
    Attributes:
        apprenticeship (int): The apprenticeship's id.
        uln (str): The apprentice's ULN.
        gateway_date (datetime.date): The date the rules were applied at.
        ready (bool): Every required component's check is met (reviews aside).
        components (list[Component]):
    """

    apprenticeship: int
    uln: str
    gateway_date: datetime.date
    ready: bool
    components: list[Component]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apprenticeship = self.apprenticeship

        uln = self.uln

        gateway_date = self.gateway_date.isoformat()

        ready = self.ready

        components = []
        for components_item_data in self.components:
            components_item = components_item_data.to_dict()
            components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apprenticeship": apprenticeship,
                "uln": uln,
                "gateway_date": gateway_date,
                "ready": ready,
                "components": components,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.component import Component  # noqa: PLC0415

        d = dict(src_dict)
        apprenticeship = d.pop("apprenticeship")

        uln = d.pop("uln")

        gateway_date = datetime.date.fromisoformat(d.pop("gateway_date"))

        ready = d.pop("ready")

        components = []
        _components = d.pop("components")
        for components_item_data in _components:
            components_item = Component.from_dict(components_item_data)

            components.append(components_item)

        evaluation = cls(
            apprenticeship=apprenticeship,
            uln=uln,
            gateway_date=gateway_date,
            ready=ready,
            components=components,
        )

        evaluation.additional_properties = d
        return evaluation

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
