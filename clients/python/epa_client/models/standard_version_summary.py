from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_status_enum import StandardStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardVersionSummary")


@_attrs_define
class StandardVersionSummary:
    """
    Attributes:
        version (str): Version number, e.g. 1.0.
        status (StandardStatusEnum | Unset): * `proposal_in_development` - Proposal in development
            * `in_development` - In development
            * `approved_for_delivery` - Approved for delivery
            * `retired` - Retired
            * `withdrawn` - Withdrawn
        approved_on (datetime.date | None | Unset): Date approved for delivery, where known.
        typical_duration_months (int | None | Unset): Typical duration of the apprenticeship.
        core_and_options (bool | Unset): Whether the version has options.
    """

    version: str
    status: StandardStatusEnum | Unset = UNSET
    approved_on: datetime.date | None | Unset = UNSET
    typical_duration_months: int | None | Unset = UNSET
    core_and_options: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        approved_on: None | str | Unset
        if isinstance(self.approved_on, Unset):
            approved_on = UNSET
        elif isinstance(self.approved_on, datetime.date):
            approved_on = self.approved_on.isoformat()
        else:
            approved_on = self.approved_on

        typical_duration_months: int | None | Unset
        if isinstance(self.typical_duration_months, Unset):
            typical_duration_months = UNSET
        else:
            typical_duration_months = self.typical_duration_months

        core_and_options = self.core_and_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if approved_on is not UNSET:
            field_dict["approved_on"] = approved_on
        if typical_duration_months is not UNSET:
            field_dict["typical_duration_months"] = typical_duration_months
        if core_and_options is not UNSET:
            field_dict["core_and_options"] = core_and_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        _status = d.pop("status", UNSET)
        status: StandardStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StandardStatusEnum(_status)

        def _parse_approved_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_on_type_0 = datetime.date.fromisoformat(data)

                return approved_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        approved_on = _parse_approved_on(d.pop("approved_on", UNSET))

        def _parse_typical_duration_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        typical_duration_months = _parse_typical_duration_months(d.pop("typical_duration_months", UNSET))

        core_and_options = d.pop("core_and_options", UNSET)

        standard_version_summary = cls(
            version=version,
            status=status,
            approved_on=approved_on,
            typical_duration_months=typical_duration_months,
            core_and_options=core_and_options,
        )

        standard_version_summary.additional_properties = d
        return standard_version_summary

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
