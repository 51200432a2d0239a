from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JudgementResult")


@_attrs_define
class JudgementResult:
    """A judgement as recorded, with where the grades stand now.

    Attributes:
        criterion (str): The grading criterion's code.
        band (str): `pass` or `distinction`: the grade it is needed for.
        met (bool):
        ksbs_observed (list[str]): KSB codes the assessor observed.
        recorded_by (str):
        recorded_at (datetime.datetime):
        method_grade (str): The method's computed grade; empty until every criterion is judged.
        unmet_criteria (list[str]): The method's criteria not met.
        pending_criteria (list[str]): The method's criteria not judged yet.
        overall_grade (str): The attempt's overall grade once every method has one.
        evidence_note (str | Unset):
        version (int | Unset): Send it back as `If-Match` to change the judgement.
    """

    criterion: str
    band: str
    met: bool
    ksbs_observed: list[str]
    recorded_by: str
    recorded_at: datetime.datetime
    method_grade: str
    unmet_criteria: list[str]
    pending_criteria: list[str]
    overall_grade: str
    evidence_note: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criterion = self.criterion

        band = self.band

        met = self.met

        ksbs_observed = self.ksbs_observed

        recorded_by = self.recorded_by

        recorded_at = self.recorded_at.isoformat()

        method_grade = self.method_grade

        unmet_criteria = self.unmet_criteria

        pending_criteria = self.pending_criteria

        overall_grade = self.overall_grade

        evidence_note = self.evidence_note

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "criterion": criterion,
                "band": band,
                "met": met,
                "ksbs_observed": ksbs_observed,
                "recorded_by": recorded_by,
                "recorded_at": recorded_at,
                "method_grade": method_grade,
                "unmet_criteria": unmet_criteria,
                "pending_criteria": pending_criteria,
                "overall_grade": overall_grade,
            }
        )
        if evidence_note is not UNSET:
            field_dict["evidence_note"] = evidence_note
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        criterion = d.pop("criterion")

        band = d.pop("band")

        met = d.pop("met")

        ksbs_observed = cast(list[str], d.pop("ksbs_observed"))

        recorded_by = d.pop("recorded_by")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        method_grade = d.pop("method_grade")

        unmet_criteria = cast(list[str], d.pop("unmet_criteria"))

        pending_criteria = cast(list[str], d.pop("pending_criteria"))

        overall_grade = d.pop("overall_grade")

        evidence_note = d.pop("evidence_note", UNSET)

        version = d.pop("version", UNSET)

        judgement_result = cls(
            criterion=criterion,
            band=band,
            met=met,
            ksbs_observed=ksbs_observed,
            recorded_by=recorded_by,
            recorded_at=recorded_at,
            method_grade=method_grade,
            unmet_criteria=unmet_criteria,
            pending_criteria=pending_criteria,
            overall_grade=overall_grade,
            evidence_note=evidence_note,
            version=version,
        )

        judgement_result.additional_properties = d
        return judgement_result

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
