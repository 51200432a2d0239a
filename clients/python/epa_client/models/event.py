from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """
    Attributes:
        id (int):
        at (datetime.datetime): When it happened.
        area (str): e.g. apprenticeship, gateway, assessment, result, access, plan.
        action (str):
        actor (str): Who: a user name or an API key.
        organisation (int | None): The organisation they acted for.
        before (Any): The state before, if any.
        after (Any): The state after, if any.
        subject (str | Unset): What the action was about, e.g. a component.
        reason (str | Unset):
    """

    id: int
    at: datetime.datetime
    area: str
    action: str
    actor: str
    organisation: int | None
    before: Any
    after: Any
    subject: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        at = self.at.isoformat()

        area = self.area

        action = self.action

        actor = self.actor

        organisation: int | None
        organisation = self.organisation

        before = self.before

        after = self.after

        subject = self.subject

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "at": at,
                "area": area,
                "action": action,
                "actor": actor,
                "organisation": organisation,
                "before": before,
                "after": after,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        area = d.pop("area")

        action = d.pop("action")

        actor = d.pop("actor")

        def _parse_organisation(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        organisation = _parse_organisation(d.pop("organisation"))

        before = d.pop("before")

        after = d.pop("after")

        subject = d.pop("subject", UNSET)

        reason = d.pop("reason", UNSET)

        event = cls(
            id=id,
            at=at,
            area=area,
            action=action,
            actor=actor,
            organisation=organisation,
            before=before,
            after=after,
            subject=subject,
            reason=reason,
        )

        event.additional_properties = d
        return event

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
