from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_dfe_v1_certificate_create_index_postal_contact_non_field_errors_error_component_attr import (
    ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponentAttr,
)
from ..models.api_dfe_v1_certificate_create_index_postal_contact_non_field_errors_error_component_code import (
    ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponentCode,
)

T = TypeVar("T", bound="ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponent")


@_attrs_define
class ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponent:
    """
    Attributes:
        attr (ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponentAttr): *
            `INDEX.postalContact.non_field_errors` - INDEX.postalContact.non_field_errors
        code (ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponentCode): * `invalid` - invalid
            * `null` - null
            * `required` - required
        detail (str):
    """

    attr: ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponentAttr
    code: ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponentCode
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
        attr = ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponentAttr(d.pop("attr"))

        code = ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponentCode(d.pop("code"))

        detail = d.pop("detail")

        api_dfe_v1_certificate_create_index_postal_contact_non_field_errors_error_component = cls(
            attr=attr,
            code=code,
            detail=detail,
        )

        api_dfe_v1_certificate_create_index_postal_contact_non_field_errors_error_component.additional_properties = d
        return api_dfe_v1_certificate_create_index_postal_contact_non_field_errors_error_component

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
