from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LearnerDetails")


@_attrs_define
class LearnerDetails:
    """
    Attributes:
        learning_start_date (datetime.datetime): Started on.
        planned_end_date (datetime.datetime): Planned end.
        provider_name (str): The provider.
        provider_uk_prn (int): Its UKPRN.
        version (str): The learner's standard version.
        course_option (str | Unset): The learner's option.
    """

    learning_start_date: datetime.datetime
    planned_end_date: datetime.datetime
    provider_name: str
    provider_uk_prn: int
    version: str
    course_option: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        learning_start_date = self.learning_start_date.isoformat()

        planned_end_date = self.planned_end_date.isoformat()

        provider_name = self.provider_name

        provider_uk_prn = self.provider_uk_prn

        version = self.version

        course_option = self.course_option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "learningStartDate": learning_start_date,
                "plannedEndDate": planned_end_date,
                "providerName": provider_name,
                "providerUkPrn": provider_uk_prn,
                "version": version,
            }
        )
        if course_option is not UNSET:
            field_dict["courseOption"] = course_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        learning_start_date = datetime.datetime.fromisoformat(d.pop("learningStartDate"))

        planned_end_date = datetime.datetime.fromisoformat(d.pop("plannedEndDate"))

        provider_name = d.pop("providerName")

        provider_uk_prn = d.pop("providerUkPrn")

        version = d.pop("version")

        course_option = d.pop("courseOption", UNSET)

        learner_details = cls(
            learning_start_date=learning_start_date,
            planned_end_date=planned_end_date,
            provider_name=provider_name,
            provider_uk_prn=provider_uk_prn,
            version=version,
            course_option=course_option,
        )

        learner_details.additional_properties = d
        return learner_details

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
