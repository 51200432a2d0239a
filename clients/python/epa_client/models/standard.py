from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_status_enum import StandardStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Standard")


@_attrs_define
class Standard:
    """
    Attributes:
        reference (str): Reference number: ST + 4 digits.
        title (str): Title of the occupation.
        level (int): Level of the occupation, 2 to 7.
        latest_version (None | str): Highest version number loaded; null when no version is loaded yet.
        route (str | Unset): Occupational route.
        status (StandardStatusEnum | Unset): * `proposal_in_development` - Proposal in development
            * `in_development` - In development
            * `approved_for_delivery` - Approved for delivery
            * `retired` - Retired
            * `withdrawn` - Withdrawn
        lars_code (int | None | Unset): LARS standard code, where known.
    """

    reference: str
    title: str
    level: int
    latest_version: None | str
    route: str | Unset = UNSET
    status: StandardStatusEnum | Unset = UNSET
    lars_code: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        title = self.title

        level = self.level

        latest_version: None | str
        latest_version = self.latest_version

        route = self.route

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        lars_code: int | None | Unset
        if isinstance(self.lars_code, Unset):
            lars_code = UNSET
        else:
            lars_code = self.lars_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
                "title": title,
                "level": level,
                "latest_version": latest_version,
            }
        )
        if route is not UNSET:
            field_dict["route"] = route
        if status is not UNSET:
            field_dict["status"] = status
        if lars_code is not UNSET:
            field_dict["lars_code"] = lars_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        title = d.pop("title")

        level = d.pop("level")

        def _parse_latest_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        latest_version = _parse_latest_version(d.pop("latest_version"))

        route = d.pop("route", UNSET)

        _status = d.pop("status", UNSET)
        status: StandardStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StandardStatusEnum(_status)

        def _parse_lars_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        lars_code = _parse_lars_code(d.pop("lars_code", UNSET))

        standard = cls(
            reference=reference,
            title=title,
            level=level,
            latest_version=latest_version,
            route=route,
            status=status,
            lars_code=lars_code,
        )

        standard.additional_properties = d
        return standard

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
