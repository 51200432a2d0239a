from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConflictDeclaration")


@_attrs_define
class ConflictDeclaration:
    """
    Attributes:
        id (int):
        assessor (str): The assessor's user name.
        epao (int):
        organisation (int | None): The provider or employer; null for an apprentice.
        reason (str):
        declared_by (str):
        declared_at (datetime.datetime):
        uln (str | Unset): The apprentice, by ULN (whether or not known here).
    """

    id: int
    assessor: str
    epao: int
    organisation: int | None
    reason: str
    declared_by: str
    declared_at: datetime.datetime
    uln: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        assessor = self.assessor

        epao = self.epao

        organisation: int | None
        organisation = self.organisation

        reason = self.reason

        declared_by = self.declared_by

        declared_at = self.declared_at.isoformat()

        uln = self.uln

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "assessor": assessor,
                "epao": epao,
                "organisation": organisation,
                "reason": reason,
                "declared_by": declared_by,
                "declared_at": declared_at,
            }
        )
        if uln is not UNSET:
            field_dict["uln"] = uln

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        assessor = d.pop("assessor")

        epao = d.pop("epao")

        def _parse_organisation(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        organisation = _parse_organisation(d.pop("organisation"))

        reason = d.pop("reason")

        declared_by = d.pop("declared_by")

        declared_at = datetime.datetime.fromisoformat(d.pop("declared_at"))

        uln = d.pop("uln", UNSET)

        conflict_declaration = cls(
            id=id,
            assessor=assessor,
            epao=epao,
            organisation=organisation,
            reason=reason,
            declared_by=declared_by,
            declared_at=declared_at,
            uln=uln,
        )

        conflict_declaration.additional_properties = d
        return conflict_declaration

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
