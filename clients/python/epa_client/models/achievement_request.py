from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.qualification_type_enum import QualificationTypeEnum
from ..models.subject_enum import SubjectEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AchievementRequest")


@_attrs_define
class AchievementRequest:
    """
    Attributes:
        subject (SubjectEnum): * `english` - English
            * `maths` - Maths
        level (int): 0 for Entry Level 3, otherwise the level (1, 2 or 3 and above).
        qualification_type (QualificationTypeEnum): * `gcse` - GCSE
            * `functional_skills` - Functional skills
            * `bsl` - British Sign Language
            * `entry_level_3` - Entry level 3
            * `other` - Other equivalent
        achieved_on (datetime.date):
        evidence_reference (str | Unset):
    """

    subject: SubjectEnum
    level: int
    qualification_type: QualificationTypeEnum
    achieved_on: datetime.date
    evidence_reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject.value

        level = self.level

        qualification_type = self.qualification_type.value

        achieved_on = self.achieved_on.isoformat()

        evidence_reference: str | Unset
        if isinstance(self.evidence_reference, Unset):
            evidence_reference = UNSET
        else:
            evidence_reference = self.evidence_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject": subject,
                "level": level,
                "qualification_type": qualification_type,
                "achieved_on": achieved_on,
            }
        )
        if evidence_reference is not UNSET:
            field_dict["evidence_reference"] = evidence_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = SubjectEnum(d.pop("subject"))

        level = d.pop("level")

        qualification_type = QualificationTypeEnum(d.pop("qualification_type"))

        achieved_on = datetime.date.fromisoformat(d.pop("achieved_on"))

        def _parse_evidence_reference(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        evidence_reference = _parse_evidence_reference(d.pop("evidence_reference", UNSET))

        achievement_request = cls(
            subject=subject,
            level=level,
            qualification_type=qualification_type,
            achieved_on=achieved_on,
            evidence_reference=evidence_reference,
        )

        achievement_request.additional_properties = d
        return achievement_request

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
