from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_kind_enum import AssessmentKindEnum
from ..models.assessment_status_enum import AssessmentStatusEnum
from ..models.blank_enum import BlankEnum
from ..models.dfe_grade_enum import DfeGradeEnum
from ..models.epa_outcome_enum import EpaOutcomeEnum
from ..models.grade_enum import GradeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appeal import Appeal
    from ..models.grading import Grading
    from ..models.method_detail import MethodDetail


T = TypeVar("T", bound="AssessmentDetail")


@_attrs_define
class AssessmentDetail:
    """
    Attributes:
        id (int):
        apprenticeship (int):
        uln (str): The apprentice's ULN.
        number (int): Attempt number, from 1.
        window_starts (datetime.date): First day a method may be taken.
        window_ends (datetime.date): Last day a method may be taken: the EPA period, or the resit or retake window.
        methods (list[MethodDetail]):
        grading (Grading):
        appeals (list[Appeal]):
        plan (int | None | Unset): The plan that grades the attempt; empty for an outcome recorded directly without a
            plan here.
        plan_version (int | None | Unset): The version of the plan that grades it (null for an outcome recorded directly
            without a plan).
        kind (AssessmentKindEnum | Unset): * `first` - First attempt
            * `resit` - Resit (no further learning)
            * `retake` - Retake (after further learning)
        status (AssessmentStatusEnum | Unset): * `in_progress` - In progress: booking and assessing
            * `provisional` - Provisional: every method graded, with quality assurance
            * `released` - Released: confirmed by quality assurance
        grade_capped (bool | Unset): A resit or retake graded at most pass.
        overall_grade (BlankEnum | GradeEnum | Unset): From the plan's grading matrix once every method has a grade
            (capped at pass for a capped resit).

            * `fail` - Fail
            * `pass` - Pass
            * `credit` - Credit
            * `merit` - Merit
            * `distinction` - Distinction
            * `excellence` - Pass with excellence
            * `outstanding` - Outstanding
        released_at (datetime.datetime | None | Unset):
        outcome (BlankEnum | EpaOutcomeEnum | Unset): pass (any pass grade), fail or withdrawn; empty while the attempt
            is open. Set when the result is released or the outcome recorded directly.

            * `pass` - Pass (any pass grade)
            * `fail` - Fail
            * `withdrawn` - Withdrawn
        outcome_date (datetime.date | None | Unset): The date of the outcome: the EPA date of a directly recorded
            outcome, the release date of a released result.
        dfe_grade (BlankEnum | DfeGradeEnum | Unset): The overall grade by its DfE name (the plan's mapping), stored
            when the result is released or recorded; Fail for a fail, empty for a withdrawal.

            * `Pass` - Pass
            * `Credit` - Credit
            * `Merit` - Merit
            * `Distinction` - Distinction
            * `Pass with excellence` - Pass with excellence
            * `Outstanding` - Outstanding
            * `No grade awarded` - No grade awarded
            * `Fail` - Fail
        recorded_directly (bool | Unset): The outcome was recorded directly by the EPAO (assessed elsewhere): no
            bookings or judgements here.
        version (int | Unset): Bumped by every change; sent back as the `ETag`.
        exceptional_circumstances (bool | Unset):
        exceptional_reason (str | Unset):
        quality_assured_by (str | Unset):
        quality_assured_at (datetime.datetime | None | Unset):
        quality_assurance_note (str | Unset):
    """

    id: int
    apprenticeship: int
    uln: str
    number: int
    window_starts: datetime.date
    window_ends: datetime.date
    methods: list[MethodDetail]
    grading: Grading
    appeals: list[Appeal]
    plan: int | None | Unset = UNSET
    plan_version: int | None | Unset = UNSET
    kind: AssessmentKindEnum | Unset = UNSET
    status: AssessmentStatusEnum | Unset = UNSET
    grade_capped: bool | Unset = UNSET
    overall_grade: BlankEnum | GradeEnum | Unset = UNSET
    released_at: datetime.datetime | None | Unset = UNSET
    outcome: BlankEnum | EpaOutcomeEnum | Unset = UNSET
    outcome_date: datetime.date | None | Unset = UNSET
    dfe_grade: BlankEnum | DfeGradeEnum | Unset = UNSET
    recorded_directly: bool | Unset = UNSET
    version: int | Unset = UNSET
    exceptional_circumstances: bool | Unset = UNSET
    exceptional_reason: str | Unset = UNSET
    quality_assured_by: str | Unset = UNSET
    quality_assured_at: datetime.datetime | None | Unset = UNSET
    quality_assurance_note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        apprenticeship = self.apprenticeship

        uln = self.uln

        number = self.number

        window_starts = self.window_starts.isoformat()

        window_ends = self.window_ends.isoformat()

        methods = []
        for methods_item_data in self.methods:
            methods_item = methods_item_data.to_dict()
            methods.append(methods_item)

        grading = self.grading.to_dict()

        appeals = []
        for appeals_item_data in self.appeals:
            appeals_item = appeals_item_data.to_dict()
            appeals.append(appeals_item)

        plan: int | None | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        else:
            plan = self.plan

        plan_version: int | None | Unset
        if isinstance(self.plan_version, Unset):
            plan_version = UNSET
        else:
            plan_version = self.plan_version

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        grade_capped = self.grade_capped

        overall_grade: str | Unset
        if isinstance(self.overall_grade, Unset):
            overall_grade = UNSET
        elif isinstance(self.overall_grade, GradeEnum):
            overall_grade = self.overall_grade.value
        else:
            overall_grade = self.overall_grade.value

        released_at: None | str | Unset
        if isinstance(self.released_at, Unset):
            released_at = UNSET
        elif isinstance(self.released_at, datetime.datetime):
            released_at = self.released_at.isoformat()
        else:
            released_at = self.released_at

        outcome: str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, EpaOutcomeEnum):
            outcome = self.outcome.value
        else:
            outcome = self.outcome.value

        outcome_date: None | str | Unset
        if isinstance(self.outcome_date, Unset):
            outcome_date = UNSET
        elif isinstance(self.outcome_date, datetime.date):
            outcome_date = self.outcome_date.isoformat()
        else:
            outcome_date = self.outcome_date

        dfe_grade: str | Unset
        if isinstance(self.dfe_grade, Unset):
            dfe_grade = UNSET
        elif isinstance(self.dfe_grade, DfeGradeEnum):
            dfe_grade = self.dfe_grade.value
        else:
            dfe_grade = self.dfe_grade.value

        recorded_directly = self.recorded_directly

        version = self.version

        exceptional_circumstances = self.exceptional_circumstances

        exceptional_reason = self.exceptional_reason

        quality_assured_by = self.quality_assured_by

        quality_assured_at: None | str | Unset
        if isinstance(self.quality_assured_at, Unset):
            quality_assured_at = UNSET
        elif isinstance(self.quality_assured_at, datetime.datetime):
            quality_assured_at = self.quality_assured_at.isoformat()
        else:
            quality_assured_at = self.quality_assured_at

        quality_assurance_note = self.quality_assurance_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "apprenticeship": apprenticeship,
                "uln": uln,
                "number": number,
                "window_starts": window_starts,
                "window_ends": window_ends,
                "methods": methods,
                "grading": grading,
                "appeals": appeals,
            }
        )
        if plan is not UNSET:
            field_dict["plan"] = plan
        if plan_version is not UNSET:
            field_dict["plan_version"] = plan_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if status is not UNSET:
            field_dict["status"] = status
        if grade_capped is not UNSET:
            field_dict["grade_capped"] = grade_capped
        if overall_grade is not UNSET:
            field_dict["overall_grade"] = overall_grade
        if released_at is not UNSET:
            field_dict["released_at"] = released_at
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if outcome_date is not UNSET:
            field_dict["outcome_date"] = outcome_date
        if dfe_grade is not UNSET:
            field_dict["dfe_grade"] = dfe_grade
        if recorded_directly is not UNSET:
            field_dict["recorded_directly"] = recorded_directly
        if version is not UNSET:
            field_dict["version"] = version
        if exceptional_circumstances is not UNSET:
            field_dict["exceptional_circumstances"] = exceptional_circumstances
        if exceptional_reason is not UNSET:
            field_dict["exceptional_reason"] = exceptional_reason
        if quality_assured_by is not UNSET:
            field_dict["quality_assured_by"] = quality_assured_by
        if quality_assured_at is not UNSET:
            field_dict["quality_assured_at"] = quality_assured_at
        if quality_assurance_note is not UNSET:
            field_dict["quality_assurance_note"] = quality_assurance_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appeal import Appeal  # noqa: PLC0415
        from ..models.grading import Grading  # noqa: PLC0415
        from ..models.method_detail import MethodDetail  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        apprenticeship = d.pop("apprenticeship")

        uln = d.pop("uln")

        number = d.pop("number")

        window_starts = datetime.date.fromisoformat(d.pop("window_starts"))

        window_ends = datetime.date.fromisoformat(d.pop("window_ends"))

        methods = []
        _methods = d.pop("methods")
        for methods_item_data in _methods:
            methods_item = MethodDetail.from_dict(methods_item_data)

            methods.append(methods_item)

        grading = Grading.from_dict(d.pop("grading"))

        appeals = []
        _appeals = d.pop("appeals")
        for appeals_item_data in _appeals:
            appeals_item = Appeal.from_dict(appeals_item_data)

            appeals.append(appeals_item)

        def _parse_plan(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        plan = _parse_plan(d.pop("plan", UNSET))

        def _parse_plan_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        plan_version = _parse_plan_version(d.pop("plan_version", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: AssessmentKindEnum | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = AssessmentKindEnum(_kind)

        _status = d.pop("status", UNSET)
        status: AssessmentStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AssessmentStatusEnum(_status)

        grade_capped = d.pop("grade_capped", UNSET)

        def _parse_overall_grade(data: object) -> BlankEnum | GradeEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                overall_grade_type_0 = GradeEnum(data)

                return overall_grade_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            overall_grade_type_1 = BlankEnum(data)

            return overall_grade_type_1

        overall_grade = _parse_overall_grade(d.pop("overall_grade", UNSET))

        def _parse_released_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_at_type_0 = datetime.datetime.fromisoformat(data)

                return released_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        released_at = _parse_released_at(d.pop("released_at", UNSET))

        def _parse_outcome(data: object) -> BlankEnum | EpaOutcomeEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = EpaOutcomeEnum(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            outcome_type_1 = BlankEnum(data)

            return outcome_type_1

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_outcome_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_date_type_0 = datetime.date.fromisoformat(data)

                return outcome_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        outcome_date = _parse_outcome_date(d.pop("outcome_date", UNSET))

        def _parse_dfe_grade(data: object) -> BlankEnum | DfeGradeEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dfe_grade_type_0 = DfeGradeEnum(data)

                return dfe_grade_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            dfe_grade_type_1 = BlankEnum(data)

            return dfe_grade_type_1

        dfe_grade = _parse_dfe_grade(d.pop("dfe_grade", UNSET))

        recorded_directly = d.pop("recorded_directly", UNSET)

        version = d.pop("version", UNSET)

        exceptional_circumstances = d.pop("exceptional_circumstances", UNSET)

        exceptional_reason = d.pop("exceptional_reason", UNSET)

        quality_assured_by = d.pop("quality_assured_by", UNSET)

        def _parse_quality_assured_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_assured_at_type_0 = datetime.datetime.fromisoformat(data)

                return quality_assured_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        quality_assured_at = _parse_quality_assured_at(d.pop("quality_assured_at", UNSET))

        quality_assurance_note = d.pop("quality_assurance_note", UNSET)

        assessment_detail = cls(
            id=id,
            apprenticeship=apprenticeship,
            uln=uln,
            number=number,
            window_starts=window_starts,
            window_ends=window_ends,
            methods=methods,
            grading=grading,
            appeals=appeals,
            plan=plan,
            plan_version=plan_version,
            kind=kind,
            status=status,
            grade_capped=grade_capped,
            overall_grade=overall_grade,
            released_at=released_at,
            outcome=outcome,
            outcome_date=outcome_date,
            dfe_grade=dfe_grade,
            recorded_directly=recorded_directly,
            version=version,
            exceptional_circumstances=exceptional_circumstances,
            exceptional_reason=exceptional_reason,
            quality_assured_by=quality_assured_by,
            quality_assured_at=quality_assured_at,
            quality_assurance_note=quality_assurance_note,
        )

        assessment_detail.additional_properties = d
        return assessment_detail

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
