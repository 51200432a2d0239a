from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostalContactRequest")


@_attrs_define
class PostalContactRequest:
    """
    Attributes:
        contact_name (str): Required.
        address_line_1 (str): Required.
        city (str): Required.
        post_code (str): A UK postcode.
        department (None | str | Unset): Optional.
        organisation (None | str | Unset): Needed to submit.
        address_line_2 (None | str | Unset): Optional.
        address_line_3 (None | str | Unset): Optional.
    """

    contact_name: str
    address_line_1: str
    city: str
    post_code: str
    department: None | str | Unset = UNSET
    organisation: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address_line_3: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_name = self.contact_name

        address_line_1 = self.address_line_1

        city = self.city

        post_code = self.post_code

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        organisation: None | str | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        else:
            organisation = self.organisation

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        address_line_3: None | str | Unset
        if isinstance(self.address_line_3, Unset):
            address_line_3 = UNSET
        else:
            address_line_3 = self.address_line_3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactName": contact_name,
                "addressLine1": address_line_1,
                "city": city,
                "postCode": post_code,
            }
        )
        if department is not UNSET:
            field_dict["department"] = department
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_name = d.pop("contactName")

        address_line_1 = d.pop("addressLine1")

        city = d.pop("city")

        post_code = d.pop("postCode")

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        def _parse_organisation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        def _parse_address_line_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_2 = _parse_address_line_2(d.pop("addressLine2", UNSET))

        def _parse_address_line_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_3 = _parse_address_line_3(d.pop("addressLine3", UNSET))

        postal_contact_request = cls(
            contact_name=contact_name,
            address_line_1=address_line_1,
            city=city,
            post_code=post_code,
            department=department,
            organisation=organisation,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
        )

        postal_contact_request.additional_properties = d
        return postal_contact_request

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
