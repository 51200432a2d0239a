from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_method import AssessmentMethod
    from ..models.assessment_plan_dfe_grades import AssessmentPlanDfeGrades
    from ..models.grading_matrix_row import GradingMatrixRow


T = TypeVar("T", bound="AssessmentPlan")


@_attrs_define
class AssessmentPlan:
    """
    Attributes:
        id (int):
        standard_version (str): Standard and version, e.g. `ST0792/1.0`. Example: ST0792/1.0.
        version (int): Version of the plan: 1 for the first, then the next on each create for the same standard version
            and owner.
        title (str): Title of the plan.
        is_example (bool): An example configuration, not an official plan.
        epa_period_days (int): Days from passing gateway to complete the EPA.
        resit_window_days (int): Days from a fail within which a resit is taken.
        retake_window_days (int): Days from a fail within which a retake (after further learning) is taken.
        methods (list[AssessmentMethod]): The assessment methods. Between them, the criteria of the methods for each
            option assess every KSB of that option.
        matrix (list[GradingMatrixRow]): The grading matrix: for each option, one row per combination of the grades of
            the methods it takes.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        owner (int | None | Unset): The EPAO whose plan it is; null for a shared plan. On create, an EPAO the caller is
            an admin of (needed only when that is more than one); it cannot change.
        note (str | Unset): Notes, e.g. the source of the plan.
        cap_resit_grade_at_pass (bool | Unset): A resit or retake is graded at most pass, unless exceptional
            circumstances are recorded.
        max_attempts (int | None | Unset): Attempts allowed in total, the first included; null for no limit.
        appeal_window_days (int | Unset): Days from the result to lodge an appeal.
        dfe_grades (AssessmentPlanDfeGrades | Unset): How the plan's overall grades are named on a DfE certificate where
            they differ from the default (pass: Pass, credit: Credit, merit: Merit, distinction: Distinction, excellence:
            Pass with excellence, outstanding: Outstanding; fail: Fail), e.g. `{"pass": "No grade awarded"}`.
    """

    id: int
    standard_version: str
    version: int
    title: str
    is_example: bool
    epa_period_days: int
    resit_window_days: int
    retake_window_days: int
    methods: list[AssessmentMethod]
    matrix: list[GradingMatrixRow]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    owner: int | None | Unset = UNSET
    note: str | Unset = UNSET
    cap_resit_grade_at_pass: bool | Unset = UNSET
    max_attempts: int | None | Unset = UNSET
    appeal_window_days: int | Unset = UNSET
    dfe_grades: AssessmentPlanDfeGrades | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        standard_version = self.standard_version

        version = self.version

        title = self.title

        is_example = self.is_example

        epa_period_days = self.epa_period_days

        resit_window_days = self.resit_window_days

        retake_window_days = self.retake_window_days

        methods = []
        for methods_item_data in self.methods:
            methods_item = methods_item_data.to_dict()
            methods.append(methods_item)

        matrix = []
        for matrix_item_data in self.matrix:
            matrix_item = matrix_item_data.to_dict()
            matrix.append(matrix_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        owner: int | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        note = self.note

        cap_resit_grade_at_pass = self.cap_resit_grade_at_pass

        max_attempts: int | None | Unset
        if isinstance(self.max_attempts, Unset):
            max_attempts = UNSET
        else:
            max_attempts = self.max_attempts

        appeal_window_days = self.appeal_window_days

        dfe_grades: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dfe_grades, Unset):
            dfe_grades = self.dfe_grades.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "standard_version": standard_version,
                "version": version,
                "title": title,
                "is_example": is_example,
                "epa_period_days": epa_period_days,
                "resit_window_days": resit_window_days,
                "retake_window_days": retake_window_days,
                "methods": methods,
                "matrix": matrix,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if note is not UNSET:
            field_dict["note"] = note
        if cap_resit_grade_at_pass is not UNSET:
            field_dict["cap_resit_grade_at_pass"] = cap_resit_grade_at_pass
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if appeal_window_days is not UNSET:
            field_dict["appeal_window_days"] = appeal_window_days
        if dfe_grades is not UNSET:
            field_dict["dfe_grades"] = dfe_grades

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_method import AssessmentMethod  # noqa: PLC0415
        from ..models.assessment_plan_dfe_grades import AssessmentPlanDfeGrades  # noqa: PLC0415
        from ..models.grading_matrix_row import GradingMatrixRow  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        standard_version = d.pop("standard_version")

        version = d.pop("version")

        title = d.pop("title")

        is_example = d.pop("is_example")

        epa_period_days = d.pop("epa_period_days")

        resit_window_days = d.pop("resit_window_days")

        retake_window_days = d.pop("retake_window_days")

        methods = []
        _methods = d.pop("methods")
        for methods_item_data in _methods:
            methods_item = AssessmentMethod.from_dict(methods_item_data)

            methods.append(methods_item)

        matrix = []
        _matrix = d.pop("matrix")
        for matrix_item_data in _matrix:
            matrix_item = GradingMatrixRow.from_dict(matrix_item_data)

            matrix.append(matrix_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_owner(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        note = d.pop("note", UNSET)

        cap_resit_grade_at_pass = d.pop("cap_resit_grade_at_pass", UNSET)

        def _parse_max_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_attempts = _parse_max_attempts(d.pop("max_attempts", UNSET))

        appeal_window_days = d.pop("appeal_window_days", UNSET)

        _dfe_grades = d.pop("dfe_grades", UNSET)
        dfe_grades: AssessmentPlanDfeGrades | Unset
        if isinstance(_dfe_grades, Unset):
            dfe_grades = UNSET
        else:
            dfe_grades = AssessmentPlanDfeGrades.from_dict(_dfe_grades)

        assessment_plan = cls(
            id=id,
            standard_version=standard_version,
            version=version,
            title=title,
            is_example=is_example,
            epa_period_days=epa_period_days,
            resit_window_days=resit_window_days,
            retake_window_days=retake_window_days,
            methods=methods,
            matrix=matrix,
            created_at=created_at,
            updated_at=updated_at,
            owner=owner,
            note=note,
            cap_resit_grade_at_pass=cap_resit_grade_at_pass,
            max_attempts=max_attempts,
            appeal_window_days=appeal_window_days,
            dfe_grades=dfe_grades,
        )

        assessment_plan.additional_properties = d
        return assessment_plan

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
