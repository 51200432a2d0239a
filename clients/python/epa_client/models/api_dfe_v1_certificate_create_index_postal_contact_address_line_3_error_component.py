from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_dfe_v1_certificate_create_index_postal_contact_address_line_3_error_component_attr import (
    ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponentAttr,
)
from ..models.api_dfe_v1_certificate_create_index_postal_contact_address_line_3_error_component_code import (
    ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponentCode,
)

T = TypeVar("T", bound="ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponent")


@_attrs_define
class ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponent:
    """
    Attributes:
        attr (ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponentAttr): *
            `INDEX.postalContact.addressLine3` - INDEX.postalContact.addressLine3
        code (ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponentCode): * `blank` - blank
            * `invalid` - invalid
            * `null_characters_not_allowed` - null_characters_not_allowed
            * `surrogate_characters_not_allowed` - surrogate_characters_not_allowed
        detail (str):
    """

    attr: ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponentAttr
    code: ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponentCode
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attr = self.attr.value

        code = self.code.value

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attr": attr,
                "code": code,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attr = ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponentAttr(d.pop("attr"))

        code = ApiDfeV1CertificateCreateINDEXPostalContactAddressLine3ErrorComponentCode(d.pop("code"))

        detail = d.pop("detail")

        api_dfe_v1_certificate_create_index_postal_contact_address_line_3_error_component = cls(
            attr=attr,
            code=code,
            detail=detail,
        )

        api_dfe_v1_certificate_create_index_postal_contact_address_line_3_error_component.additional_properties = d
        return api_dfe_v1_certificate_create_index_postal_contact_address_line_3_error_component

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
