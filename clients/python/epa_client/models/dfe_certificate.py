from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.certificate_data import CertificateData
    from ..models.created import Created
    from ..models.current_status import CurrentStatus
    from ..models.submitted import Submitted


T = TypeVar("T", bound="DfeCertificate")


@_attrs_define
class DfeCertificate:
    """
    Attributes:
        certificate_data (CertificateData):
        status (CurrentStatus):
        created (Created | Unset):
        submitted (Submitted | Unset):
    """

    certificate_data: CertificateData
    status: CurrentStatus
    created: Created | Unset = UNSET
    submitted: Submitted | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate_data = self.certificate_data.to_dict()

        status = self.status.to_dict()

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        submitted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submitted, Unset):
            submitted = self.submitted.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certificateData": certificate_data,
                "status": status,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if submitted is not UNSET:
            field_dict["submitted"] = submitted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.certificate_data import CertificateData  # noqa: PLC0415
        from ..models.created import Created  # noqa: PLC0415
        from ..models.current_status import CurrentStatus  # noqa: PLC0415
        from ..models.submitted import Submitted  # noqa: PLC0415

        d = dict(src_dict)
        certificate_data = CertificateData.from_dict(d.pop("certificateData"))

        status = CurrentStatus.from_dict(d.pop("status"))

        _created = d.pop("created", UNSET)
        created: Created | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = Created.from_dict(_created)

        _submitted = d.pop("submitted", UNSET)
        submitted: Submitted | Unset
        if isinstance(_submitted, Unset):
            submitted = UNSET
        else:
            submitted = Submitted.from_dict(_submitted)

        dfe_certificate = cls(
            certificate_data=certificate_data,
            status=status,
            created=created,
            submitted=submitted,
        )

        dfe_certificate.additional_properties = d
        return dfe_certificate

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
