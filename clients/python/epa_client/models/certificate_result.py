from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dfe_certificate import DfeCertificate


T = TypeVar("T", bound="CertificateResult")


@_attrs_define
class CertificateResult:
    """
    Attributes:
        validation_errors (list[str]): DfE's messages; empty on success.
        request_id (str | Unset): As sent.
        certificate (DfeCertificate | Unset):
    """

    validation_errors: list[str]
    request_id: str | Unset = UNSET
    certificate: DfeCertificate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        validation_errors = self.validation_errors

        request_id = self.request_id

        certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificate, Unset):
            certificate = self.certificate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "validationErrors": validation_errors,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if certificate is not UNSET:
            field_dict["certificate"] = certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dfe_certificate import DfeCertificate  # noqa: PLC0415

        d = dict(src_dict)
        validation_errors = cast(list[str], d.pop("validationErrors"))

        request_id = d.pop("requestId", UNSET)

        _certificate = d.pop("certificate", UNSET)
        certificate: DfeCertificate | Unset
        if isinstance(_certificate, Unset):
            certificate = UNSET
        else:
            certificate = DfeCertificate.from_dict(_certificate)

        certificate_result = cls(
            validation_errors=validation_errors,
            request_id=request_id,
            certificate=certificate,
        )

        certificate_result.additional_properties = d
        return certificate_result

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
