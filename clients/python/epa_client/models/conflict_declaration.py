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
        reason (str):
        declared_by (str):
        declared_at (datetime.datetime):
        learner (None | str | Unset): The apprentice, by ULN.
        organisation (int | None | Unset): A provider or employer.
    """

    id: int
    assessor: str
    epao: int
    reason: str
    declared_by: str
    declared_at: datetime.datetime
    learner: None | str | Unset = UNSET
    organisation: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        assessor = self.assessor

        epao = self.epao

        reason = self.reason

        declared_by = self.declared_by

        declared_at = self.declared_at.isoformat()

        learner: None | str | Unset
        if isinstance(self.learner, Unset):
            learner = UNSET
        else:
            learner = self.learner

        organisation: int | None | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        else:
            organisation = self.organisation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "assessor": assessor,
                "epao": epao,
                "reason": reason,
                "declared_by": declared_by,
                "declared_at": declared_at,
            }
        )
        if learner is not UNSET:
            field_dict["learner"] = learner
        if organisation is not UNSET:
            field_dict["organisation"] = organisation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        assessor = d.pop("assessor")

        epao = d.pop("epao")

        reason = d.pop("reason")

        declared_by = d.pop("declared_by")

        declared_at = datetime.datetime.fromisoformat(d.pop("declared_at"))

        def _parse_learner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        learner = _parse_learner(d.pop("learner", UNSET))

        def _parse_organisation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        conflict_declaration = cls(
            id=id,
            assessor=assessor,
            epao=epao,
            reason=reason,
            declared_by=declared_by,
            declared_at=declared_at,
            learner=learner,
            organisation=organisation,
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
