from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.completion import Completion
    from ..models.dfe_certificate import DfeCertificate
    from ..models.epa_details_out import EpaDetailsOut
    from ..models.learner_data import LearnerData


T = TypeVar("T", bound="DfeLearner")


@_attrs_define
class DfeLearner:
    """
    Attributes:
        learner_data (LearnerData):
        status (Completion):
        epa_details (EpaDetailsOut | Unset):
        certificate (DfeCertificate | Unset):
    """

    learner_data: LearnerData
    status: Completion
    epa_details: EpaDetailsOut | Unset = UNSET
    certificate: DfeCertificate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        learner_data = self.learner_data.to_dict()

        status = self.status.to_dict()

        epa_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.epa_details, Unset):
            epa_details = self.epa_details.to_dict()

        certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificate, Unset):
            certificate = self.certificate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "learnerData": learner_data,
                "status": status,
            }
        )
        if epa_details is not UNSET:
            field_dict["epaDetails"] = epa_details
        if certificate is not UNSET:
            field_dict["certificate"] = certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.completion import Completion  # noqa: PLC0415
        from ..models.dfe_certificate import DfeCertificate  # noqa: PLC0415
        from ..models.epa_details_out import EpaDetailsOut  # noqa: PLC0415
        from ..models.learner_data import LearnerData  # noqa: PLC0415

        d = dict(src_dict)
        learner_data = LearnerData.from_dict(d.pop("learnerData"))

        status = Completion.from_dict(d.pop("status"))

        _epa_details = d.pop("epaDetails", UNSET)
        epa_details: EpaDetailsOut | Unset
        if isinstance(_epa_details, Unset):
            epa_details = UNSET
        else:
            epa_details = EpaDetailsOut.from_dict(_epa_details)

        _certificate = d.pop("certificate", UNSET)
        certificate: DfeCertificate | Unset
        if isinstance(_certificate, Unset):
            certificate = UNSET
        else:
            certificate = DfeCertificate.from_dict(_certificate)

        dfe_learner = cls(
            learner_data=learner_data,
            status=status,
            epa_details=epa_details,
            certificate=certificate,
        )

        dfe_learner.additional_properties = d
        return dfe_learner

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
