from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_types_enum import EventTypesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionCreated")


@_attrs_define
class SubscriptionCreated:
    """
    Attributes:
        id (int):
        url (str): Where events are POSTed: http or https, not resolving to a loopback, private or link-local address.
        event_types (list[EventTypesEnum]): The event types to receive.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        secret (str): The secret the signatures are made with. Shown once, now: keep it to verify `Webhook-Signature`.
        organisation (int | Unset): The organisation subscribing; needed only when you act for several.
        active (bool | Unset): false pauses the subscription: nothing is sent; pending deliveries wait. Default: True.
        description (str | Unset): What the subscription is for.
    """

    id: int
    url: str
    event_types: list[EventTypesEnum]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    secret: str
    organisation: int | Unset = UNSET
    active: bool | Unset = True
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.value
            event_types.append(event_types_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        secret = self.secret

        organisation = self.organisation

        active = self.active

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "event_types": event_types,
                "created_at": created_at,
                "updated_at": updated_at,
                "secret": secret,
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
        id = d.pop("id")

        url = d.pop("url")

        event_types = []
        _event_types = d.pop("event_types")
        for event_types_item_data in _event_types:
            event_types_item = EventTypesEnum(event_types_item_data)

            event_types.append(event_types_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        secret = d.pop("secret")

        organisation = d.pop("organisation", UNSET)

        active = d.pop("active", UNSET)

        description = d.pop("description", UNSET)

        subscription_created = cls(
            id=id,
            url=url,
            event_types=event_types,
            created_at=created_at,
            updated_at=updated_at,
            secret=secret,
            organisation=organisation,
            active=active,
            description=description,
        )

        subscription_created.additional_properties = d
        return subscription_created

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
