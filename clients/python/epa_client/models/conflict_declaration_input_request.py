from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConflictDeclarationInputRequest")


@_attrs_define
class ConflictDeclarationInputRequest:
    """
    Attributes:
        assessor (str): The assessor's user name.
        epao (int): The EPAO the assessor works for.
        reason (str):
        uln (str | Unset): The apprentice, by ULN; or name an organisation.
        organisation (int | None | Unset): A provider or employer id; or name an apprentice.
    """

    assessor: str
    epao: int
    reason: str
    uln: str | Unset = UNSET
    organisation: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessor = self.assessor

        epao = self.epao

        reason = self.reason

        uln: str | Unset
        if isinstance(self.uln, Unset):
            uln = UNSET
        else:
            uln = self.uln

        organisation: int | None | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        else:
            organisation = self.organisation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessor": assessor,
                "epao": epao,
                "reason": reason,
            }
        )
        if uln is not UNSET:
            field_dict["uln"] = uln
        if organisation is not UNSET:
            field_dict["organisation"] = organisation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assessor = d.pop("assessor")

        epao = d.pop("epao")

        reason = d.pop("reason")

        def _parse_uln(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        uln = _parse_uln(d.pop("uln", UNSET))

        def _parse_organisation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        conflict_declaration_input_request = cls(
            assessor=assessor,
            epao=epao,
            reason=reason,
            uln=uln,
            organisation=organisation,
        )

        conflict_declaration_input_request.additional_properties = d
        return conflict_declaration_input_request

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
