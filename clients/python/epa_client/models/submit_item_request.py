from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitItemRequest")


@_attrs_define
class SubmitItemRequest:
    """
    Attributes:
        uln (int): 10 digits.
        family_name (str): The learner's family name.
        certificate_reference (str): The certificate's reference.
        request_id (None | str | Unset): Echoed in the item's result.
        standard_code (int | None | Unset): LARS code (or the reference).
        standard_reference (None | str | Unset): IfATE reference (wins when it resolves).
    """

    uln: int
    family_name: str
    certificate_reference: str
    request_id: None | str | Unset = UNSET
    standard_code: int | None | Unset = UNSET
    standard_reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uln = self.uln

        family_name = self.family_name

        certificate_reference = self.certificate_reference

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        standard_code: int | None | Unset
        if isinstance(self.standard_code, Unset):
            standard_code = UNSET
        else:
            standard_code = self.standard_code

        standard_reference: None | str | Unset
        if isinstance(self.standard_reference, Unset):
            standard_reference = UNSET
        else:
            standard_reference = self.standard_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uln": uln,
                "familyName": family_name,
                "certificateReference": certificate_reference,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if standard_code is not UNSET:
            field_dict["standardCode"] = standard_code
        if standard_reference is not UNSET:
            field_dict["standardReference"] = standard_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uln = d.pop("uln")

        family_name = d.pop("familyName")

        certificate_reference = d.pop("certificateReference")

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("requestId", UNSET))

        def _parse_standard_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        standard_code = _parse_standard_code(d.pop("standardCode", UNSET))

        def _parse_standard_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        standard_reference = _parse_standard_reference(d.pop("standardReference", UNSET))

        submit_item_request = cls(
            uln=uln,
            family_name=family_name,
            certificate_reference=certificate_reference,
            request_id=request_id,
            standard_code=standard_code,
            standard_reference=standard_reference,
        )

        submit_item_request.additional_properties = d
        return submit_item_request

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
