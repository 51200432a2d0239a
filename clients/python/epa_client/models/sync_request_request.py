from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sync_record_request import SyncRecordRequest


T = TypeVar("T", bound="SyncRequestRequest")


@_attrs_define
class SyncRequestRequest:
    """The documented request: each record as ``SyncRecord``. (The view parses records one by
    one, so that a bad record is reported in its result instead of failing the batch.)

        Attributes:
            records (list[SyncRecordRequest]): 1 to 1,000 records.
            provider (int | Unset): The provider the records are for; needed only when the caller acts for more than one
                provider.
    """

    records: list[SyncRecordRequest]
    provider: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_record_request import SyncRecordRequest  # noqa: PLC0415

        d = dict(src_dict)
        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = SyncRecordRequest.from_dict(records_item_data)

            records.append(records_item)

        provider = d.pop("provider", UNSET)

        sync_request_request = cls(
            records=records,
            provider=provider,
        )

        sync_request_request.additional_properties = d
        return sync_request_request

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
