from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cert_learning_details_out import CertLearningDetailsOut
    from ..models.learner_block import LearnerBlock
    from ..models.postal_contact import PostalContact
    from ..models.standard_block import StandardBlock


T = TypeVar("T", bound="CertificateData")


@_attrs_define
class CertificateData:
    """
    Attributes:
        certificate_reference (str): 8 digits.
        standard (StandardBlock):
        learner (LearnerBlock):
        learning_details (CertLearningDetailsOut):
        postal_contact (PostalContact | Unset):
    """

    certificate_reference: str
    standard: StandardBlock
    learner: LearnerBlock
    learning_details: CertLearningDetailsOut
    postal_contact: PostalContact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate_reference = self.certificate_reference

        standard = self.standard.to_dict()

        learner = self.learner.to_dict()

        learning_details = self.learning_details.to_dict()

        postal_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal_contact, Unset):
            postal_contact = self.postal_contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certificateReference": certificate_reference,
                "standard": standard,
                "learner": learner,
                "learningDetails": learning_details,
            }
        )
        if postal_contact is not UNSET:
            field_dict["postalContact"] = postal_contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cert_learning_details_out import CertLearningDetailsOut  # noqa: PLC0415
        from ..models.learner_block import LearnerBlock  # noqa: PLC0415
        from ..models.postal_contact import PostalContact  # noqa: PLC0415
        from ..models.standard_block import StandardBlock  # noqa: PLC0415

        d = dict(src_dict)
        certificate_reference = d.pop("certificateReference")

        standard = StandardBlock.from_dict(d.pop("standard"))

        learner = LearnerBlock.from_dict(d.pop("learner"))

        learning_details = CertLearningDetailsOut.from_dict(d.pop("learningDetails"))

        _postal_contact = d.pop("postalContact", UNSET)
        postal_contact: PostalContact | Unset
        if isinstance(_postal_contact, Unset):
            postal_contact = UNSET
        else:
            postal_contact = PostalContact.from_dict(_postal_contact)

        certificate_data = cls(
            certificate_reference=certificate_reference,
            standard=standard,
            learner=learner,
            learning_details=learning_details,
            postal_contact=postal_contact,
        )

        certificate_data.additional_properties = d
        return certificate_data

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
