from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedGatewayInputRequest")


@_attrs_define
class PatchedGatewayInputRequest:
    """What the provider and employer record: the rest comes from the apprenticeship.

    Attributes:
        gateway_date (datetime.date | None | Unset): The date the gateway is evaluated at; today when not set.
        contracted_hours_per_week (None | str | Unset): Contracted hours a week (30 or more is full time).
        off_the_job_hours (None | str | Unset): Off-the-job training hours recorded.
        prior_learning_reduction_hours (str | Unset): Off-the-job hours taken off for recognised prior learning.
        english_maths_exemption_evidence (str | Unset): Where the training plan records the English and maths exemption.
    """

    gateway_date: datetime.date | None | Unset = UNSET
    contracted_hours_per_week: None | str | Unset = UNSET
    off_the_job_hours: None | str | Unset = UNSET
    prior_learning_reduction_hours: str | Unset = UNSET
    english_maths_exemption_evidence: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gateway_date: None | str | Unset
        if isinstance(self.gateway_date, Unset):
            gateway_date = UNSET
        elif isinstance(self.gateway_date, datetime.date):
            gateway_date = self.gateway_date.isoformat()
        else:
            gateway_date = self.gateway_date

        contracted_hours_per_week: None | str | Unset
        if isinstance(self.contracted_hours_per_week, Unset):
            contracted_hours_per_week = UNSET
        else:
            contracted_hours_per_week = self.contracted_hours_per_week

        off_the_job_hours: None | str | Unset
        if isinstance(self.off_the_job_hours, Unset):
            off_the_job_hours = UNSET
        else:
            off_the_job_hours = self.off_the_job_hours

        prior_learning_reduction_hours = self.prior_learning_reduction_hours

        english_maths_exemption_evidence: str | Unset
        if isinstance(self.english_maths_exemption_evidence, Unset):
            english_maths_exemption_evidence = UNSET
        else:
            english_maths_exemption_evidence = self.english_maths_exemption_evidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gateway_date is not UNSET:
            field_dict["gateway_date"] = gateway_date
        if contracted_hours_per_week is not UNSET:
            field_dict["contracted_hours_per_week"] = contracted_hours_per_week
        if off_the_job_hours is not UNSET:
            field_dict["off_the_job_hours"] = off_the_job_hours
        if prior_learning_reduction_hours is not UNSET:
            field_dict["prior_learning_reduction_hours"] = prior_learning_reduction_hours
        if english_maths_exemption_evidence is not UNSET:
            field_dict["english_maths_exemption_evidence"] = english_maths_exemption_evidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_gateway_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gateway_date_type_0 = datetime.date.fromisoformat(data)

                return gateway_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        gateway_date = _parse_gateway_date(d.pop("gateway_date", UNSET))

        def _parse_contracted_hours_per_week(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contracted_hours_per_week = _parse_contracted_hours_per_week(d.pop("contracted_hours_per_week", UNSET))

        def _parse_off_the_job_hours(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        off_the_job_hours = _parse_off_the_job_hours(d.pop("off_the_job_hours", UNSET))

        prior_learning_reduction_hours = d.pop("prior_learning_reduction_hours", UNSET)

        def _parse_english_maths_exemption_evidence(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        english_maths_exemption_evidence = _parse_english_maths_exemption_evidence(
            d.pop("english_maths_exemption_evidence", UNSET)
        )

        patched_gateway_input_request = cls(
            gateway_date=gateway_date,
            contracted_hours_per_week=contracted_hours_per_week,
            off_the_job_hours=off_the_job_hours,
            prior_learning_reduction_hours=prior_learning_reduction_hours,
            english_maths_exemption_evidence=english_maths_exemption_evidence,
        )

        patched_gateway_input_request.additional_properties = d
        return patched_gateway_input_request

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
