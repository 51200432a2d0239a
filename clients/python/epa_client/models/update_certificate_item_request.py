from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cert_learning_details_in_request import CertLearningDetailsInRequest
    from ..models.learner_ref_request import LearnerRefRequest
    from ..models.postal_contact_request import PostalContactRequest
    from ..models.standard_ref_request import StandardRefRequest


T = TypeVar("T", bound="UpdateCertificateItemRequest")


@_attrs_define
class UpdateCertificateItemRequest:
    """
    Attributes:
        standard (StandardRefRequest):
        learner (LearnerRefRequest):
        learning_details (CertLearningDetailsInRequest):
        postal_contact (PostalContactRequest):
        certificate_reference (str): The certificate's reference.
        request_id (None | str | Unset): Echoed in the item's result.
    """

    standard: StandardRefRequest
    learner: LearnerRefRequest
    learning_details: CertLearningDetailsInRequest
    postal_contact: PostalContactRequest
    certificate_reference: str
    request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        standard = self.standard.to_dict()

        learner = self.learner.to_dict()

        learning_details = self.learning_details.to_dict()

        postal_contact = self.postal_contact.to_dict()

        certificate_reference = self.certificate_reference

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "standard": standard,
                "learner": learner,
                "learningDetails": learning_details,
                "postalContact": postal_contact,
                "certificateReference": certificate_reference,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cert_learning_details_in_request import CertLearningDetailsInRequest  # noqa: PLC0415
        from ..models.learner_ref_request import LearnerRefRequest  # noqa: PLC0415
        from ..models.postal_contact_request import PostalContactRequest  # noqa: PLC0415
        from ..models.standard_ref_request import StandardRefRequest  # noqa: PLC0415

        d = dict(src_dict)
        standard = StandardRefRequest.from_dict(d.pop("standard"))

        learner = LearnerRefRequest.from_dict(d.pop("learner"))

        learning_details = CertLearningDetailsInRequest.from_dict(d.pop("learningDetails"))

        postal_contact = PostalContactRequest.from_dict(d.pop("postalContact"))

        certificate_reference = d.pop("certificateReference")

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("requestId", UNSET))

        update_certificate_item_request = cls(
            standard=standard,
            learner=learner,
            learning_details=learning_details,
            postal_contact=postal_contact,
            certificate_reference=certificate_reference,
            request_id=request_id,
        )

        update_certificate_item_request.additional_properties = d
        return update_certificate_item_request

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
