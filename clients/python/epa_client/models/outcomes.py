from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.outcome_figure import OutcomeFigure


T = TypeVar("T", bound="Outcomes")


@_attrs_define
class Outcomes:
    """
    Attributes:
        released_from (datetime.date):
        released_to (datetime.date):
        figures (list[OutcomeFigure]):
    """

    released_from: datetime.date
    released_to: datetime.date
    figures: list[OutcomeFigure]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        released_from = self.released_from.isoformat()

        released_to = self.released_to.isoformat()

        figures = []
        for figures_item_data in self.figures:
            figures_item = figures_item_data.to_dict()
            figures.append(figures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "released_from": released_from,
                "released_to": released_to,
                "figures": figures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outcome_figure import OutcomeFigure  # noqa: PLC0415

        d = dict(src_dict)
        released_from = datetime.date.fromisoformat(d.pop("released_from"))

        released_to = datetime.date.fromisoformat(d.pop("released_to"))

        figures = []
        _figures = d.pop("figures")
        for figures_item_data in _figures:
            figures_item = OutcomeFigure.from_dict(figures_item_data)

            figures.append(figures_item)

        outcomes = cls(
            released_from=released_from,
            released_to=released_to,
            figures=figures,
        )

        outcomes.additional_properties = d
        return outcomes

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
