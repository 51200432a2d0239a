from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blank_enum import BlankEnum
from ..models.grade_enum import GradeEnum
from ..models.method_status_enum import MethodStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="MethodSummary")


@_attrs_define
class MethodSummary:
    """
    Attributes:
        code (str): The method's code.
        name (str):
        final_grade (BlankEnum | GradeEnum): The grade that counts: the quality assurer's, else the computed one.

            * `fail` - Fail
            * `pass` - Pass
            * `credit` - Credit
            * `merit` - Merit
            * `distinction` - Distinction
            * `excellence` - Pass with excellence
            * `outstanding` - Outstanding
        status (MethodStatusEnum | Unset): * `awaiting_booking` - Awaiting booking
            * `booked` - Booked
            * `graded` - Graded: every criterion judged
            * `carried` - Carried: passed in an earlier attempt
        scheduled_at (datetime.datetime | None | Unset):
        location (str | Unset):
        remote (bool | Unset):
        assessor (None | str | Unset): The booked assessor.
        grade (BlankEnum | GradeEnum | Unset): Computed from the judgements; empty until every criterion is judged.

            * `fail` - Fail
            * `pass` - Pass
            * `credit` - Credit
            * `merit` - Merit
            * `distinction` - Distinction
            * `excellence` - Pass with excellence
            * `outstanding` - Outstanding
    """

    code: str
    name: str
    final_grade: BlankEnum | GradeEnum
    status: MethodStatusEnum | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
    location: str | Unset = UNSET
    remote: bool | Unset = UNSET
    assessor: None | str | Unset = UNSET
    grade: BlankEnum | GradeEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        final_grade: str
        if isinstance(self.final_grade, GradeEnum):
            final_grade = self.final_grade.value
        else:
            final_grade = self.final_grade.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        location = self.location

        remote = self.remote

        assessor: None | str | Unset
        if isinstance(self.assessor, Unset):
            assessor = UNSET
        else:
            assessor = self.assessor

        grade: str | Unset
        if isinstance(self.grade, Unset):
            grade = UNSET
        elif isinstance(self.grade, GradeEnum):
            grade = self.grade.value
        else:
            grade = self.grade.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "final_grade": final_grade,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if location is not UNSET:
            field_dict["location"] = location
        if remote is not UNSET:
            field_dict["remote"] = remote
        if assessor is not UNSET:
            field_dict["assessor"] = assessor
        if grade is not UNSET:
            field_dict["grade"] = grade

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        def _parse_final_grade(data: object) -> BlankEnum | GradeEnum:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                final_grade_type_0 = GradeEnum(data)

                return final_grade_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            final_grade_type_1 = BlankEnum(data)

            return final_grade_type_1

        final_grade = _parse_final_grade(d.pop("final_grade"))

        _status = d.pop("status", UNSET)
        status: MethodStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MethodStatusEnum(_status)

        def _parse_scheduled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduled_at", UNSET))

        location = d.pop("location", UNSET)

        remote = d.pop("remote", UNSET)

        def _parse_assessor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assessor = _parse_assessor(d.pop("assessor", UNSET))

        def _parse_grade(data: object) -> BlankEnum | GradeEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                grade_type_0 = GradeEnum(data)

                return grade_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            grade_type_1 = BlankEnum(data)

            return grade_type_1

        grade = _parse_grade(d.pop("grade", UNSET))

        method_summary = cls(
            code=code,
            name=name,
            final_grade=final_grade,
            status=status,
            scheduled_at=scheduled_at,
            location=location,
            remote=remote,
            assessor=assessor,
            grade=grade,
        )

        method_summary.additional_properties = d
        return method_summary

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
