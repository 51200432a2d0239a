from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_status_enum import GatewayStatusEnum

if TYPE_CHECKING:
    from ..models.attempt import Attempt
    from ..models.component import Component
    from ..models.declaration_state import DeclarationState
    from ..models.evidence_item import EvidenceItem


T = TypeVar("T", bound="Gateway")


@_attrs_define
class Gateway:
    """What the provider and employer record: the rest comes from the apprenticeship.

    Attributes:
        apprenticeship (int): The apprenticeship's id.
        uln (str): The apprentice's ULN.
        status (GatewayStatusEnum): * `draft` - Draft: being prepared by the provider and employer
            * `submitted` - Submitted: with the EPAO for review
            * `passed` - Passed
            * `failed` - Failed: can be corrected and resubmitted
            * `withdrawn` - Closed: the apprentice withdrew
        attempt (int): Submissions made: 2 after one resubmission.
        version (int): Bumped by every change; sent back as the `ETag`.
        ready (bool): Every required component's check is met.
        evaluated_at (datetime.date): The date the checks were evaluated at.
        gateway_date (datetime.date | None): The date the gateway is evaluated at; today when not set.
        contracted_hours_per_week (None | str): Contracted hours a week (30 or more is full time).
        off_the_job_hours (None | str): Off-the-job training hours recorded.
        prior_learning_reduction_hours (str): Off-the-job hours taken off for recognised prior learning.
        english_maths_exemption_evidence (str): Where the training plan records the English and maths exemption.
        employer_sign_off (DeclarationState):
        provider_declaration (DeclarationState):
        submitted_at (datetime.datetime | None):
        decided_at (datetime.datetime | None):
        components (list[Component]):
        evidence (list[EvidenceItem]):
        attempts (list[Attempt]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    apprenticeship: int
    uln: str
    status: GatewayStatusEnum
    attempt: int
    version: int
    ready: bool
    evaluated_at: datetime.date
    gateway_date: datetime.date | None
    contracted_hours_per_week: None | str
    off_the_job_hours: None | str
    prior_learning_reduction_hours: str
    english_maths_exemption_evidence: str
    employer_sign_off: DeclarationState
    provider_declaration: DeclarationState
    submitted_at: datetime.datetime | None
    decided_at: datetime.datetime | None
    components: list[Component]
    evidence: list[EvidenceItem]
    attempts: list[Attempt]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apprenticeship = self.apprenticeship

        uln = self.uln

        status = self.status.value

        attempt = self.attempt

        version = self.version

        ready = self.ready

        evaluated_at = self.evaluated_at.isoformat()

        gateway_date: None | str
        if isinstance(self.gateway_date, datetime.date):
            gateway_date = self.gateway_date.isoformat()
        else:
            gateway_date = self.gateway_date

        contracted_hours_per_week: None | str
        contracted_hours_per_week = self.contracted_hours_per_week

        off_the_job_hours: None | str
        off_the_job_hours = self.off_the_job_hours

        prior_learning_reduction_hours = self.prior_learning_reduction_hours

        english_maths_exemption_evidence = self.english_maths_exemption_evidence

        employer_sign_off = self.employer_sign_off.to_dict()

        provider_declaration = self.provider_declaration.to_dict()

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        components = []
        for components_item_data in self.components:
            components_item = components_item_data.to_dict()
            components.append(components_item)

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        attempts = []
        for attempts_item_data in self.attempts:
            attempts_item = attempts_item_data.to_dict()
            attempts.append(attempts_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apprenticeship": apprenticeship,
                "uln": uln,
                "status": status,
                "attempt": attempt,
                "version": version,
                "ready": ready,
                "evaluated_at": evaluated_at,
                "gateway_date": gateway_date,
                "contracted_hours_per_week": contracted_hours_per_week,
                "off_the_job_hours": off_the_job_hours,
                "prior_learning_reduction_hours": prior_learning_reduction_hours,
                "english_maths_exemption_evidence": english_maths_exemption_evidence,
                "employer_sign_off": employer_sign_off,
                "provider_declaration": provider_declaration,
                "submitted_at": submitted_at,
                "decided_at": decided_at,
                "components": components,
                "evidence": evidence,
                "attempts": attempts,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attempt import Attempt  # noqa: PLC0415
        from ..models.component import Component  # noqa: PLC0415
        from ..models.declaration_state import DeclarationState  # noqa: PLC0415
        from ..models.evidence_item import EvidenceItem  # noqa: PLC0415

        d = dict(src_dict)
        apprenticeship = d.pop("apprenticeship")

        uln = d.pop("uln")

        status = GatewayStatusEnum(d.pop("status"))

        attempt = d.pop("attempt")

        version = d.pop("version")

        ready = d.pop("ready")

        evaluated_at = datetime.date.fromisoformat(d.pop("evaluated_at"))

        def _parse_gateway_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gateway_date_type_0 = datetime.date.fromisoformat(data)

                return gateway_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        gateway_date = _parse_gateway_date(d.pop("gateway_date"))

        def _parse_contracted_hours_per_week(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contracted_hours_per_week = _parse_contracted_hours_per_week(d.pop("contracted_hours_per_week"))

        def _parse_off_the_job_hours(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        off_the_job_hours = _parse_off_the_job_hours(d.pop("off_the_job_hours"))

        prior_learning_reduction_hours = d.pop("prior_learning_reduction_hours")

        english_maths_exemption_evidence = d.pop("english_maths_exemption_evidence")

        employer_sign_off = DeclarationState.from_dict(d.pop("employer_sign_off"))

        provider_declaration = DeclarationState.from_dict(d.pop("provider_declaration"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        components = []
        _components = d.pop("components")
        for components_item_data in _components:
            components_item = Component.from_dict(components_item_data)

            components.append(components_item)

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = EvidenceItem.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        attempts = []
        _attempts = d.pop("attempts")
        for attempts_item_data in _attempts:
            attempts_item = Attempt.from_dict(attempts_item_data)

            attempts.append(attempts_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        gateway = cls(
            apprenticeship=apprenticeship,
            uln=uln,
            status=status,
            attempt=attempt,
            version=version,
            ready=ready,
            evaluated_at=evaluated_at,
            gateway_date=gateway_date,
            contracted_hours_per_week=contracted_hours_per_week,
            off_the_job_hours=off_the_job_hours,
            prior_learning_reduction_hours=prior_learning_reduction_hours,
            english_maths_exemption_evidence=english_maths_exemption_evidence,
            employer_sign_off=employer_sign_off,
            provider_declaration=provider_declaration,
            submitted_at=submitted_at,
            decided_at=decided_at,
            components=components,
            evidence=evidence,
            attempts=attempts,
            created_at=created_at,
            updated_at=updated_at,
        )

        gateway.additional_properties = d
        return gateway

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
