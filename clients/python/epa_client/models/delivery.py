from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_status_enum import DeliveryStatusEnum

T = TypeVar("T", bound="Delivery")


@_attrs_define
class Delivery:
    """
    Attributes:
        id (int):
        event (UUID): The event's id (the payload's `id`).
        event_type (str): The event's type.
        resource (str): The resource the event is about, e.g. apprenticeship:42; deliveries of one resource are sent in
            order.
        status (DeliveryStatusEnum): * `pending` - Pending
            * `delivered` - Delivered
            * `failed` - Failed
        attempts (int): Requests made so far.
        created_at (datetime.datetime):
        next_attempt_at (datetime.datetime):
        last_attempt_at (datetime.datetime | None):
        last_response_code (int | None): The receiver's last HTTP status; null when it did not answer.
        last_error (str): Why the last attempt failed.
        delivered_at (datetime.datetime | None):
        retry_until (datetime.datetime): Retries stop after this; then failed.
        replay_of (int | None): The delivery this one replays.
        payload (Any): The body sent.
    """

    id: int
    event: UUID
    event_type: str
    resource: str
    status: DeliveryStatusEnum
    attempts: int
    created_at: datetime.datetime
    next_attempt_at: datetime.datetime
    last_attempt_at: datetime.datetime | None
    last_response_code: int | None
    last_error: str
    delivered_at: datetime.datetime | None
    retry_until: datetime.datetime
    replay_of: int | None
    payload: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event = str(self.event)

        event_type = self.event_type

        resource = self.resource

        status = self.status.value

        attempts = self.attempts

        created_at = self.created_at.isoformat()

        next_attempt_at = self.next_attempt_at.isoformat()

        last_attempt_at: None | str
        if isinstance(self.last_attempt_at, datetime.datetime):
            last_attempt_at = self.last_attempt_at.isoformat()
        else:
            last_attempt_at = self.last_attempt_at

        last_response_code: int | None
        last_response_code = self.last_response_code

        last_error = self.last_error

        delivered_at: None | str
        if isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        retry_until = self.retry_until.isoformat()

        replay_of: int | None
        replay_of = self.replay_of

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event": event,
                "event_type": event_type,
                "resource": resource,
                "status": status,
                "attempts": attempts,
                "created_at": created_at,
                "next_attempt_at": next_attempt_at,
                "last_attempt_at": last_attempt_at,
                "last_response_code": last_response_code,
                "last_error": last_error,
                "delivered_at": delivered_at,
                "retry_until": retry_until,
                "replay_of": replay_of,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        event = UUID(d.pop("event"))

        event_type = d.pop("event_type")

        resource = d.pop("resource")

        status = DeliveryStatusEnum(d.pop("status"))

        attempts = d.pop("attempts")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        next_attempt_at = datetime.datetime.fromisoformat(d.pop("next_attempt_at"))

        def _parse_last_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_attempt_at = _parse_last_attempt_at(d.pop("last_attempt_at"))

        def _parse_last_response_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_response_code = _parse_last_response_code(d.pop("last_response_code"))

        last_error = d.pop("last_error")

        def _parse_delivered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at"))

        retry_until = datetime.datetime.fromisoformat(d.pop("retry_until"))

        def _parse_replay_of(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        replay_of = _parse_replay_of(d.pop("replay_of"))

        payload = d.pop("payload")

        delivery = cls(
            id=id,
            event=event,
            event_type=event_type,
            resource=resource,
            status=status,
            attempts=attempts,
            created_at=created_at,
            next_attempt_at=next_attempt_at,
            last_attempt_at=last_attempt_at,
            last_response_code=last_response_code,
            last_error=last_error,
            delivered_at=delivered_at,
            retry_until=retry_until,
            replay_of=replay_of,
            payload=payload,
        )

        delivery.additional_properties = d
        return delivery

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
