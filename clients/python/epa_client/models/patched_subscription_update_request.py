from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_types_enum import EventTypesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedSubscriptionUpdateRequest")


@_attrs_define
class PatchedSubscriptionUpdateRequest:
    """
    Attributes:
        organisation (int | Unset): The organisation subscribing; needed only when you act for several.
        url (str | Unset): Where events are POSTed: http or https, not resolving to a loopback, private or link-local
            address.
        event_types (list[EventTypesEnum] | Unset): The event types to receive.
        active (bool | Unset): false pauses the subscription: nothing is sent; pending deliveries wait. Default: True.
        description (str | Unset): What the subscription is for.
    """

    organisation: int | Unset = UNSET
    url: str | Unset = UNSET
    event_types: list[EventTypesEnum] | Unset = UNSET
    active: bool | Unset = True
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisation = self.organisation

        url = self.url

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = []
            for event_types_item_data in self.event_types:
                event_types_item = event_types_item_data.value
                event_types.append(event_types_item)

        active = self.active

        description: str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if url is not UNSET:
            field_dict["url"] = url
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if active is not UNSET:
            field_dict["active"] = active
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organisation = d.pop("organisation", UNSET)

        url = d.pop("url", UNSET)

        _event_types = d.pop("event_types", UNSET)
        event_types: list[EventTypesEnum] | Unset = UNSET
        if _event_types is not UNSET:
            event_types = []
            for event_types_item_data in _event_types:
                event_types_item = EventTypesEnum(event_types_item_data)

                event_types.append(event_types_item)

        active = d.pop("active", UNSET)

        def _parse_description(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        patched_subscription_update_request = cls(
            organisation=organisation,
            url=url,
            event_types=event_types,
            active=active,
            description=description,
        )

        patched_subscription_update_request.additional_properties = d
        return patched_subscription_update_request

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
