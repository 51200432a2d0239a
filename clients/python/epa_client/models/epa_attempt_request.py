from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EpaAttemptRequest")


@_attrs_define
class EpaAttemptRequest:
    """
    Attributes:
        epa_date (datetime.datetime): From 2017-01-01 up to now.
        epa_outcome (str): `pass`, `fail` or `withdrawn`, any case (answered capitalised).
        resit (bool | None | Unset): A resit (no further learning).
        retake (bool | None | Unset): A retake (after further learning).
    """

    epa_date: datetime.datetime
    epa_outcome: str
    resit: bool | None | Unset = UNSET
    retake: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        epa_date = self.epa_date.isoformat()

        epa_outcome = self.epa_outcome

        resit: bool | None | Unset
        if isinstance(self.resit, Unset):
            resit = UNSET
        else:
            resit = self.resit

        retake: bool | None | Unset
        if isinstance(self.retake, Unset):
            retake = UNSET
        else:
            retake = self.retake

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "epaDate": epa_date,
                "epaOutcome": epa_outcome,
            }
        )
        if resit is not UNSET:
            field_dict["resit"] = resit
        if retake is not UNSET:
            field_dict["retake"] = retake

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        epa_date = datetime.datetime.fromisoformat(d.pop("epaDate"))

        epa_outcome = d.pop("epaOutcome")

        def _parse_resit(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        resit = _parse_resit(d.pop("resit", UNSET))

        def _parse_retake(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        retake = _parse_retake(d.pop("retake", UNSET))

        epa_attempt_request = cls(
            epa_date=epa_date,
            epa_outcome=epa_outcome,
            resit=resit,
            retake=retake,
        )

        epa_attempt_request.additional_properties = d
        return epa_attempt_request

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
