from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blank_enum import BlankEnum
from ..models.grade_enum import GradeEnum
from ..models.method_status_enum import MethodStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.judgement import Judgement


T = TypeVar("T", bound="MethodDetail")


@_attrs_define
class MethodDetail:
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
        unmet_criteria (list[str]): How the grade was reached: the criteria not met (a pass criterion unmet fails; a
            distinction criterion unmet keeps it at pass).
        pending_criteria (list[str]): Criteria not judged yet.
        judgements (list[Judgement]):
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
        qa_grade (BlankEnum | GradeEnum | Unset): The quality assurer's change of grade, if any.

            * `fail` - Fail
            * `pass` - Pass
            * `credit` - Credit
            * `merit` - Merit
            * `distinction` - Distinction
            * `excellence` - Pass with excellence
            * `outstanding` - Outstanding
        qa_reason (str | Unset):
        carried_from_attempt (int | None | Unset): For a method passed in an earlier attempt: that attempt's number.
    """

    code: str
    name: str
    final_grade: BlankEnum | GradeEnum
    unmet_criteria: list[str]
    pending_criteria: list[str]
    judgements: list[Judgement]
    status: MethodStatusEnum | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
    location: str | Unset = UNSET
    remote: bool | Unset = UNSET
    assessor: None | str | Unset = UNSET
    grade: BlankEnum | GradeEnum | Unset = UNSET
    qa_grade: BlankEnum | GradeEnum | Unset = UNSET
    qa_reason: str | Unset = UNSET
    carried_from_attempt: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        final_grade: str
        if isinstance(self.final_grade, GradeEnum):
            final_grade = self.final_grade.value
        else:
            final_grade = self.final_grade.value

        unmet_criteria = self.unmet_criteria

        pending_criteria = self.pending_criteria

        judgements = []
        for judgements_item_data in self.judgements:
            judgements_item = judgements_item_data.to_dict()
            judgements.append(judgements_item)

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

        qa_grade: str | Unset
        if isinstance(self.qa_grade, Unset):
            qa_grade = UNSET
        elif isinstance(self.qa_grade, GradeEnum):
            qa_grade = self.qa_grade.value
        else:
            qa_grade = self.qa_grade.value

        qa_reason = self.qa_reason

        carried_from_attempt: int | None | Unset
        if isinstance(self.carried_from_attempt, Unset):
            carried_from_attempt = UNSET
        else:
            carried_from_attempt = self.carried_from_attempt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "final_grade": final_grade,
                "unmet_criteria": unmet_criteria,
                "pending_criteria": pending_criteria,
                "judgements": judgements,
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
        if qa_grade is not UNSET:
            field_dict["qa_grade"] = qa_grade
        if qa_reason is not UNSET:
            field_dict["qa_reason"] = qa_reason
        if carried_from_attempt is not UNSET:
            field_dict["carried_from_attempt"] = carried_from_attempt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.judgement import Judgement  # noqa: PLC0415

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

        unmet_criteria = cast(list[str], d.pop("unmet_criteria"))

        pending_criteria = cast(list[str], d.pop("pending_criteria"))

        judgements = []
        _judgements = d.pop("judgements")
        for judgements_item_data in _judgements:
            judgements_item = Judgement.from_dict(judgements_item_data)

            judgements.append(judgements_item)

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

        def _parse_qa_grade(data: object) -> BlankEnum | GradeEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                qa_grade_type_0 = GradeEnum(data)

                return qa_grade_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            qa_grade_type_1 = BlankEnum(data)

            return qa_grade_type_1

        qa_grade = _parse_qa_grade(d.pop("qa_grade", UNSET))

        qa_reason = d.pop("qa_reason", UNSET)

        def _parse_carried_from_attempt(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        carried_from_attempt = _parse_carried_from_attempt(d.pop("carried_from_attempt", UNSET))

        method_detail = cls(
            code=code,
            name=name,
            final_grade=final_grade,
            unmet_criteria=unmet_criteria,
            pending_criteria=pending_criteria,
            judgements=judgements,
            status=status,
            scheduled_at=scheduled_at,
            location=location,
            remote=remote,
            assessor=assessor,
            grade=grade,
            qa_grade=qa_grade,
            qa_reason=qa_reason,
            carried_from_attempt=carried_from_attempt,
        )

        method_detail.additional_properties = d
        return method_detail

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
