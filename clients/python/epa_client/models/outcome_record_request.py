from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_kind_enum import AssessmentKindEnum
from ..models.blank_enum import BlankEnum
from ..models.certificate_grade_enum import CertificateGradeEnum
from ..models.epa_outcome_enum import EpaOutcomeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutcomeRecordRequest")


@_attrs_define
class OutcomeRecordRequest:
    """
    Attributes:
        apprenticeship (int): An apprenticeship naming the caller's EPAO, past its gateway (or after a fail with an
            attempt left).
        outcome (EpaOutcomeEnum): * `pass` - Pass (any pass grade)
            * `fail` - Fail
            * `withdrawn` - Withdrawn
        outcome_date (datetime.date): The EPA date: from 2017-01-01, not in the future.
        kind (AssessmentKindEnum | Unset): * `first` - First attempt
            * `resit` - Resit (no further learning)
            * `retake` - Retake (after further learning)
        grade (BlankEnum | CertificateGradeEnum | Unset): For a pass, its grade by DfE name, if known (the certificate
            names it otherwise).

            * `Pass` - Pass
            * `Credit` - Credit
            * `Merit` - Merit
            * `Distinction` - Distinction
            * `Pass with excellence` - Pass with excellence
            * `Outstanding` - Outstanding
            * `No grade awarded` - No grade awarded Default: BlankEnum.VALUE_0.
        version (str | Unset): The standard version assessed; the apprenticeship's when empty. The EPAO must be approved
            for it.
        option (str | Unset): The option assessed (part of an option's title), when the version has options.
    """

    apprenticeship: int
    outcome: EpaOutcomeEnum
    outcome_date: datetime.date
    kind: AssessmentKindEnum | Unset = UNSET
    grade: BlankEnum | CertificateGradeEnum | Unset = BlankEnum.VALUE_0
    version: str | Unset = UNSET
    option: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apprenticeship = self.apprenticeship

        outcome = self.outcome.value

        outcome_date = self.outcome_date.isoformat()

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        grade: str | Unset
        if isinstance(self.grade, Unset):
            grade = UNSET
        elif isinstance(self.grade, CertificateGradeEnum):
            grade = self.grade.value
        else:
            grade = self.grade.value

        version: str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        option: str | Unset
        if isinstance(self.option, Unset):
            option = UNSET
        else:
            option = self.option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apprenticeship": apprenticeship,
                "outcome": outcome,
                "outcome_date": outcome_date,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if grade is not UNSET:
            field_dict["grade"] = grade
        if version is not UNSET:
            field_dict["version"] = version
        if option is not UNSET:
            field_dict["option"] = option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apprenticeship = d.pop("apprenticeship")

        outcome = EpaOutcomeEnum(d.pop("outcome"))

        outcome_date = datetime.date.fromisoformat(d.pop("outcome_date"))

        _kind = d.pop("kind", UNSET)
        kind: AssessmentKindEnum | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = AssessmentKindEnum(_kind)

        def _parse_grade(data: object) -> BlankEnum | CertificateGradeEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                grade_type_0 = CertificateGradeEnum(data)

                return grade_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            grade_type_1 = BlankEnum(data)

            return grade_type_1

        grade = _parse_grade(d.pop("grade", UNSET))

        def _parse_version(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_option(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        option = _parse_option(d.pop("option", UNSET))

        outcome_record_request = cls(
            apprenticeship=apprenticeship,
            outcome=outcome,
            outcome_date=outcome_date,
            kind=kind,
            grade=grade,
            version=version,
            option=option,
        )

        outcome_record_request.additional_properties = d
        return outcome_record_request

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
