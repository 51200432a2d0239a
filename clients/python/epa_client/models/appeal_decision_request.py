from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appeal_decision_decision_enum import AppealDecisionDecisionEnum

T = TypeVar("T", bound="AppealDecisionRequest")


@_attrs_define
class AppealDecisionRequest:
    """
    Attributes:
        decision (AppealDecisionDecisionEnum): * `uphold` - Uphold
            * `dismiss` - Dismiss
        reason (str):
    """

    decision: AppealDecisionDecisionEnum
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decision": decision,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = AppealDecisionDecisionEnum(d.pop("decision"))

        reason = d.pop("reason")

        appeal_decision_request = cls(
            decision=decision,
            reason=reason,
        )

        appeal_decision_request.additional_properties = d
        return appeal_decision_request

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
