from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.result_row_method_grades import ResultRowMethodGrades


T = TypeVar("T", bound="ResultRow")


@_attrs_define
class ResultRow:
    """
    Attributes:
        id (int): The attempt's id (see /assessments/).
        uln (str):
        given_names (str):
        family_name (str):
        standard (str): Standard reference.
        lars_code (int | None):
        version (str):
        option (None | str):
        attempt (int): Attempt number, from 1.
        attempt_kind (str): first, resit or retake.
        method_grades (ResultRowMethodGrades): Grade per method code.
        overall_grade (str): The plan's name of the grade.
        dfe_grade (str): The grade's DfE name.
        outcome (str): pass or fail.
        outcome_date (datetime.date):
        achievement_date (datetime.date | None): The outcome date of a pass.
        provider_ukprn (str):
        employer (str): Employer name.
    """

    id: int
    uln: str
    given_names: str
    family_name: str
    standard: str
    lars_code: int | None
    version: str
    option: None | str
    attempt: int
    attempt_kind: str
    method_grades: ResultRowMethodGrades
    overall_grade: str
    dfe_grade: str
    outcome: str
    outcome_date: datetime.date
    achievement_date: datetime.date | None
    provider_ukprn: str
    employer: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uln = self.uln

        given_names = self.given_names

        family_name = self.family_name

        standard = self.standard

        lars_code: int | None
        lars_code = self.lars_code

        version = self.version

        option: None | str
        option = self.option

        attempt = self.attempt

        attempt_kind = self.attempt_kind

        method_grades = self.method_grades.to_dict()

        overall_grade = self.overall_grade

        dfe_grade = self.dfe_grade

        outcome = self.outcome

        outcome_date = self.outcome_date.isoformat()

        achievement_date: None | str
        if isinstance(self.achievement_date, datetime.date):
            achievement_date = self.achievement_date.isoformat()
        else:
            achievement_date = self.achievement_date

        provider_ukprn = self.provider_ukprn

        employer = self.employer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uln": uln,
                "given_names": given_names,
                "family_name": family_name,
                "standard": standard,
                "lars_code": lars_code,
                "version": version,
                "option": option,
                "attempt": attempt,
                "attempt_kind": attempt_kind,
                "method_grades": method_grades,
                "overall_grade": overall_grade,
                "dfe_grade": dfe_grade,
                "outcome": outcome,
                "outcome_date": outcome_date,
                "achievement_date": achievement_date,
                "provider_ukprn": provider_ukprn,
                "employer": employer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.result_row_method_grades import ResultRowMethodGrades  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        uln = d.pop("uln")

        given_names = d.pop("given_names")

        family_name = d.pop("family_name")

        standard = d.pop("standard")

        def _parse_lars_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        lars_code = _parse_lars_code(d.pop("lars_code"))

        version = d.pop("version")

        def _parse_option(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        option = _parse_option(d.pop("option"))

        attempt = d.pop("attempt")

        attempt_kind = d.pop("attempt_kind")

        method_grades = ResultRowMethodGrades.from_dict(d.pop("method_grades"))

        overall_grade = d.pop("overall_grade")

        dfe_grade = d.pop("dfe_grade")

        outcome = d.pop("outcome")

        outcome_date = datetime.date.fromisoformat(d.pop("outcome_date"))

        def _parse_achievement_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                achievement_date_type_0 = datetime.date.fromisoformat(data)

                return achievement_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        achievement_date = _parse_achievement_date(d.pop("achievement_date"))

        provider_ukprn = d.pop("provider_ukprn")

        employer = d.pop("employer")

        result_row = cls(
            id=id,
            uln=uln,
            given_names=given_names,
            family_name=family_name,
            standard=standard,
            lars_code=lars_code,
            version=version,
            option=option,
            attempt=attempt,
            attempt_kind=attempt_kind,
            method_grades=method_grades,
            overall_grade=overall_grade,
            dfe_grade=dfe_grade,
            outcome=outcome,
            outcome_date=outcome_date,
            achievement_date=achievement_date,
            provider_ukprn=provider_ukprn,
            employer=employer,
        )

        result_row.additional_properties = d
        return result_row

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
