from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LearnerRequest")


@_attrs_define
class LearnerRequest:
    """
    Attributes:
        uln (str): Unique learner number: 10 digits with a check digit.
        given_names (str):
        family_name (str):
        date_of_birth (datetime.date):
        email (str | Unset):
    """

    uln: str
    given_names: str
    family_name: str
    date_of_birth: datetime.date
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uln = self.uln

        given_names = self.given_names

        family_name = self.family_name

        date_of_birth = self.date_of_birth.isoformat()

        email: str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uln": uln,
                "given_names": given_names,
                "family_name": family_name,
                "date_of_birth": date_of_birth,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uln = d.pop("uln")

        given_names = d.pop("given_names")

        family_name = d.pop("family_name")

        date_of_birth = datetime.date.fromisoformat(d.pop("date_of_birth"))

        def _parse_email(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        learner_request = cls(
            uln=uln,
            given_names=given_names,
            family_name=family_name,
            date_of_birth=date_of_birth,
            email=email,
        )

        learner_request.additional_properties = d
        return learner_request

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
