from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.route import Route


T = TypeVar("T", bound="Progression")


@_attrs_define
class Progression:
    """
    Attributes:
        apprenticeship (int):
        uln (str): The apprentice's ULN.
        standard (str): The apprenticeship's standard reference.
        status (str):
        achieved (bool):
        progressed_from (int | None):
        routes (list[Route]):
    """

    apprenticeship: int
    uln: str
    standard: str
    status: str
    achieved: bool
    progressed_from: int | None
    routes: list[Route]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apprenticeship = self.apprenticeship

        uln = self.uln

        standard = self.standard

        status = self.status

        achieved = self.achieved

        progressed_from: int | None
        progressed_from = self.progressed_from

        routes = []
        for routes_item_data in self.routes:
            routes_item = routes_item_data.to_dict()
            routes.append(routes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apprenticeship": apprenticeship,
                "uln": uln,
                "standard": standard,
                "status": status,
                "achieved": achieved,
                "progressed_from": progressed_from,
                "routes": routes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.route import Route  # noqa: PLC0415

        d = dict(src_dict)
        apprenticeship = d.pop("apprenticeship")

        uln = d.pop("uln")

        standard = d.pop("standard")

        status = d.pop("status")

        achieved = d.pop("achieved")

        def _parse_progressed_from(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        progressed_from = _parse_progressed_from(d.pop("progressed_from"))

        routes = []
        _routes = d.pop("routes")
        for routes_item_data in _routes:
            routes_item = Route.from_dict(routes_item_data)

            routes.append(routes_item)

        progression = cls(
            apprenticeship=apprenticeship,
            uln=uln,
            standard=standard,
            status=status,
            achieved=achieved,
            progressed_from=progressed_from,
            routes=routes,
        )

        progression.additional_properties = d
        return progression

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
