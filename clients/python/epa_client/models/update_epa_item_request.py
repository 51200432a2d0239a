from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.epa_details_in_request import EpaDetailsInRequest
    from ..models.epa_learning_details_request import EpaLearningDetailsRequest
    from ..models.learner_ref_request import LearnerRefRequest
    from ..models.standard_ref_request import StandardRefRequest


T = TypeVar("T", bound="UpdateEpaItemRequest")


@_attrs_define
class UpdateEpaItemRequest:
    """
    Attributes:
        standard (StandardRefRequest):
        learner (LearnerRefRequest):
        epa_details (EpaDetailsInRequest):
        epa_reference (str): The record's reference. The attempts sent replace those recorded.
        request_id (None | str | Unset): Echoed in the item's result.
        learning_details (EpaLearningDetailsRequest | Unset):
    """

    standard: StandardRefRequest
    learner: LearnerRefRequest
    epa_details: EpaDetailsInRequest
    epa_reference: str
    request_id: None | str | Unset = UNSET
    learning_details: EpaLearningDetailsRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        standard = self.standard.to_dict()

        learner = self.learner.to_dict()

        epa_details = self.epa_details.to_dict()

        epa_reference = self.epa_reference

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        learning_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.learning_details, Unset):
            learning_details = self.learning_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "standard": standard,
                "learner": learner,
                "epaDetails": epa_details,
                "epaReference": epa_reference,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if learning_details is not UNSET:
            field_dict["learningDetails"] = learning_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.epa_details_in_request import EpaDetailsInRequest  # noqa: PLC0415
        from ..models.epa_learning_details_request import EpaLearningDetailsRequest  # noqa: PLC0415
        from ..models.learner_ref_request import LearnerRefRequest  # noqa: PLC0415
        from ..models.standard_ref_request import StandardRefRequest  # noqa: PLC0415

        d = dict(src_dict)
        standard = StandardRefRequest.from_dict(d.pop("standard"))

        learner = LearnerRefRequest.from_dict(d.pop("learner"))

        epa_details = EpaDetailsInRequest.from_dict(d.pop("epaDetails"))

        epa_reference = d.pop("epaReference")

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("requestId", UNSET))

        _learning_details = d.pop("learningDetails", UNSET)
        learning_details: EpaLearningDetailsRequest | Unset
        if isinstance(_learning_details, Unset):
            learning_details = UNSET
        else:
            learning_details = EpaLearningDetailsRequest.from_dict(_learning_details)

        update_epa_item_request = cls(
            standard=standard,
            learner=learner,
            epa_details=epa_details,
            epa_reference=epa_reference,
            request_id=request_id,
            learning_details=learning_details,
        )

        update_epa_item_request.additional_properties = d
        return update_epa_item_request

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
