from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_types_enum import EventTypesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionRequest")


@_attrs_define
class SubscriptionRequest:
    """
    Attributes:
        url (str): Where events are POSTed: http or https, not resolving to a loopback, private or link-local address.
        event_types (list[EventTypesEnum]): The event types to receive.
        organisation (int | Unset): The organisation subscribing; needed only when you act for several.
        active (bool | Unset): false pauses the subscription: nothing is sent; pending deliveries wait. Default: True.
        description (str | Unset): What the subscription is for.
    """

    url: str
    event_types: list[EventTypesEnum]
    organisation: int | Unset = UNSET
    active: bool | Unset = True
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.value
            event_types.append(event_types_item)

        organisation = self.organisation

        active = self.active

        description: str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "event_types": event_types,
            }
        )
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if active is not UNSET:
            field_dict["active"] = active
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        event_types = []
        _event_types = d.pop("event_types")
        for event_types_item_data in _event_types:
            event_types_item = EventTypesEnum(event_types_item_data)

            event_types.append(event_types_item)

        organisation = d.pop("organisation", UNSET)

        active = d.pop("active", UNSET)

        def _parse_description(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        subscription_request = cls(
            url=url,
            event_types=event_types,
            organisation=organisation,
            active=active,
            description=description,
        )

        subscription_request.additional_properties = d
        return subscription_request

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
