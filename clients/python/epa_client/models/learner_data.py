from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learner_block import LearnerBlock
    from ..models.learner_details import LearnerDetails
    from ..models.standard_block import StandardBlock


T = TypeVar("T", bound="LearnerData")


@_attrs_define
class LearnerData:
    """
    Attributes:
        standard (StandardBlock):
        learner (LearnerBlock):
        learning_details (LearnerDetails):
    """

    standard: StandardBlock
    learner: LearnerBlock
    learning_details: LearnerDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        standard = self.standard.to_dict()

        learner = self.learner.to_dict()

        learning_details = self.learning_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "standard": standard,
                "learner": learner,
                "learningDetails": learning_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.learner_block import LearnerBlock  # noqa: PLC0415
        from ..models.learner_details import LearnerDetails  # noqa: PLC0415
        from ..models.standard_block import StandardBlock  # noqa: PLC0415

        d = dict(src_dict)
        standard = StandardBlock.from_dict(d.pop("standard"))

        learner = LearnerBlock.from_dict(d.pop("learner"))

        learning_details = LearnerDetails.from_dict(d.pop("learningDetails"))

        learner_data = cls(
            standard=standard,
            learner=learner,
            learning_details=learning_details,
        )

        learner_data.additional_properties = d
        return learner_data

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
