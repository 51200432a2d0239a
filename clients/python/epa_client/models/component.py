from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_component_enum import GatewayComponentEnum
from ..models.gateway_component_status_enum import GatewayComponentStatusEnum

if TYPE_CHECKING:
    from ..models.check import Check


T = TypeVar("T", bound="Component")


@_attrs_define
class Component:
    """
    Attributes:
        component (GatewayComponentEnum): * `english` - English
            * `maths` - Maths
            * `option` - Option
            * `portfolio` - Portfolio of evidence
            * `minimum_duration` - Minimum duration
            * `off_the_job` - Off-the-job training
            * `employer_sign_off` - Employer sign-off
            * `provider_declaration` - Provider declaration
        required (bool): Whether the gateway needs this component (false when its check is `not_required`).
        evidence_provided (bool): Whether the evidence the component needs is recorded.
        status (GatewayComponentStatusEnum): * `missing` - Missing
            * `submitted` - Submitted
            * `accepted` - Accepted
            * `rejected` - Rejected
        rejection_reason (str): The EPAO's reason for a rejection.
        reviewed_by (str): Who reviewed it.
        reviewed_at (datetime.datetime | None): When it was reviewed.
        check (Check):
    """

    component: GatewayComponentEnum
    required: bool
    evidence_provided: bool
    status: GatewayComponentStatusEnum
    rejection_reason: str
    reviewed_by: str
    reviewed_at: datetime.datetime | None
    check: Check
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component = self.component.value

        required = self.required

        evidence_provided = self.evidence_provided

        status = self.status.value

        rejection_reason = self.rejection_reason

        reviewed_by = self.reviewed_by

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        check = self.check.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "component": component,
                "required": required,
                "evidence_provided": evidence_provided,
                "status": status,
                "rejection_reason": rejection_reason,
                "reviewed_by": reviewed_by,
                "reviewed_at": reviewed_at,
                "check": check,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check import Check  # noqa: PLC0415

        d = dict(src_dict)
        component = GatewayComponentEnum(d.pop("component"))

        required = d.pop("required")

        evidence_provided = d.pop("evidence_provided")

        status = GatewayComponentStatusEnum(d.pop("status"))

        rejection_reason = d.pop("rejection_reason")

        reviewed_by = d.pop("reviewed_by")

        def _parse_reviewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at"))

        check = Check.from_dict(d.pop("check"))

        component = cls(
            component=component,
            required=required,
            evidence_provided=evidence_provided,
            status=status,
            rejection_reason=rejection_reason,
            reviewed_by=reviewed_by,
            reviewed_at=reviewed_at,
            check=check,
        )

        component.additional_properties = d
        return component

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
