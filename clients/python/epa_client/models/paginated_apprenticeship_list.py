from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.apprenticeship import Apprenticeship


T = TypeVar("T", bound="PaginatedApprenticeshipList")


@_attrs_define
class PaginatedApprenticeshipList:
    """
    Attributes:
        next_cursor (None | str): Pass as `cursor` for the next page; null on the last page.
        has_more (bool): Whether another page follows.
        results (list[Apprenticeship]):
    """

    next_cursor: None | str
    has_more: bool
    results: list[Apprenticeship]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_cursor: None | str
        next_cursor = self.next_cursor

        has_more = self.has_more

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next_cursor": next_cursor,
                "has_more": has_more,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apprenticeship import Apprenticeship  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        has_more = d.pop("has_more")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Apprenticeship.from_dict(results_item_data)

            results.append(results_item)

        paginated_apprenticeship_list = cls(
            next_cursor=next_cursor,
            has_more=has_more,
            results=results,
        )

        paginated_apprenticeship_list.additional_properties = d
        return paginated_apprenticeship_list

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
