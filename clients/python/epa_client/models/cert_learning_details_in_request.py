from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CertLearningDetailsInRequest")


@_attrs_define
class CertLearningDetailsInRequest:
    """
    Attributes:
        overall_grade (str): Pass, Credit, Merit, Distinction, Pass with excellence, Outstanding or No grade awarded
            (any case).
        achievement_date (datetime.datetime): Not before 2017-01-01, the learning start, nor in the future.
        version (None | str | Unset): The standard version; the learner's when omitted.
        course_option (None | str | Unset): Required when the version has options.
    """

    overall_grade: str
    achievement_date: datetime.datetime
    version: None | str | Unset = UNSET
    course_option: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overall_grade = self.overall_grade

        achievement_date = self.achievement_date.isoformat()

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        course_option: None | str | Unset
        if isinstance(self.course_option, Unset):
            course_option = UNSET
        else:
            course_option = self.course_option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overallGrade": overall_grade,
                "achievementDate": achievement_date,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if course_option is not UNSET:
            field_dict["courseOption"] = course_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        overall_grade = d.pop("overallGrade")

        achievement_date = datetime.datetime.fromisoformat(d.pop("achievementDate"))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_course_option(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        course_option = _parse_course_option(d.pop("courseOption", UNSET))

        cert_learning_details_in_request = cls(
            overall_grade=overall_grade,
            achievement_date=achievement_date,
            version=version,
            course_option=course_option,
        )

        cert_learning_details_in_request.additional_properties = d
        return cert_learning_details_in_request

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
