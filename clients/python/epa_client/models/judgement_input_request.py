from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JudgementInputRequest")


@_attrs_define
class JudgementInputRequest:
    """
    Attributes:
        met (bool): Whether the apprentice met the criterion.
        evidence_note (str | Unset): What the assessor saw.
        ksbs_observed (list[str] | Unset): Codes of the KSBs observed: among those the criterion assesses.
    """

    met: bool
    evidence_note: str | Unset = UNSET
    ksbs_observed: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        met = self.met

        evidence_note: str | Unset
        if isinstance(self.evidence_note, Unset):
            evidence_note = UNSET
        else:
            evidence_note = self.evidence_note

        ksbs_observed: list[str] | Unset = UNSET
        if not isinstance(self.ksbs_observed, Unset):
            ksbs_observed = self.ksbs_observed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "met": met,
            }
        )
        if evidence_note is not UNSET:
            field_dict["evidence_note"] = evidence_note
        if ksbs_observed is not UNSET:
            field_dict["ksbs_observed"] = ksbs_observed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        met = d.pop("met")

        def _parse_evidence_note(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        evidence_note = _parse_evidence_note(d.pop("evidence_note", UNSET))

        ksbs_observed = cast(list[str], d.pop("ksbs_observed", UNSET))

        judgement_input_request = cls(
            met=met,
            evidence_note=evidence_note,
            ksbs_observed=ksbs_observed,
        )

        judgement_input_request.additional_properties = d
        return judgement_input_request

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
