from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CertLearningDetailsOut")


@_attrs_define
class CertLearningDetailsOut:
    """
    Attributes:
        version (str): The standard version.
        overall_grade (str): The DfE grade.
        achievement_date (datetime.datetime): Achieved on.
        learning_start_date (datetime.datetime): Started on.
        provider_name (str): The provider.
        provider_uk_prn (int): The provider's UKPRN.
        course_option (str | Unset): The option.
    """

    version: str
    overall_grade: str
    achievement_date: datetime.datetime
    learning_start_date: datetime.datetime
    provider_name: str
    provider_uk_prn: int
    course_option: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        overall_grade = self.overall_grade

        achievement_date = self.achievement_date.isoformat()

        learning_start_date = self.learning_start_date.isoformat()

        provider_name = self.provider_name

        provider_uk_prn = self.provider_uk_prn

        course_option = self.course_option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "overallGrade": overall_grade,
                "achievementDate": achievement_date,
                "learningStartDate": learning_start_date,
                "providerName": provider_name,
                "providerUkPrn": provider_uk_prn,
            }
        )
        if course_option is not UNSET:
            field_dict["courseOption"] = course_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        overall_grade = d.pop("overallGrade")

        achievement_date = datetime.datetime.fromisoformat(d.pop("achievementDate"))

        learning_start_date = datetime.datetime.fromisoformat(d.pop("learningStartDate"))

        provider_name = d.pop("providerName")

        provider_uk_prn = d.pop("providerUkPrn")

        course_option = d.pop("courseOption", UNSET)

        cert_learning_details_out = cls(
            version=version,
            overall_grade=overall_grade,
            achievement_date=achievement_date,
            learning_start_date=learning_start_date,
            provider_name=provider_name,
            provider_uk_prn=provider_uk_prn,
            course_option=course_option,
        )

        cert_learning_details_out.additional_properties = d
        return cert_learning_details_out

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
