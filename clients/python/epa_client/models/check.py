from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_check_status_enum import GatewayCheckStatusEnum
from ..models.gateway_reason_enum import GatewayReasonEnum

if TYPE_CHECKING:
    from ..models.check_details_type_0 import CheckDetailsType0
    from ..models.rule import Rule


T = TypeVar("T", bound="Check")


@_attrs_define
class Check:
    """
    Attributes:
        status (GatewayCheckStatusEnum): * `met` - Met
            * `not_met` - Not met
            * `not_required` - Not required
        reason (GatewayReasonEnum): * `age_19_plus_exemption` - Exempt: aged 19+ at start, gateway on or after
            2025-02-11.
            * `english_missing` - No English at the required level.
            * `maths_missing` - No maths at the required level.
            * `level_2_achieved` - Level 2 achieved.
            * `level_1_achieved` - Level 1 achieved, as a level 2 standard requires.
            * `entry_level_3_with_ehc_plan` - Entry Level 3 with an EHC plan or legacy statement.
            * `bsl_alternative` - A BSL qualification stands in for English.
            * `standard_has_no_options` - The version has no options.
            * `option_missing` - No option chosen.
            * `option_not_in_version` - The option is not one of the version's.
            * `option_chosen` - An option of the version is chosen.
            * `portfolio_empty` - No evidence items.
            * `portfolio_ksbs_missing` - Some required KSBs are not evidenced.
            * `portfolio_complete` - Every required KSB is evidenced.
            * `minimum_duration_met` - Long enough on programme.
            * `minimum_duration_not_met` - Not long enough on programme.
            * `off_the_job_met` - Enough off-the-job hours.
            * `off_the_job_short` - Too few off-the-job hours.
            * `off_the_job_not_recorded` - Hours not recorded yet.
            * `otj_minimum_not_published` - Start from 2025-08-01 and the version publishes no minimum off-the-job hours:
            not decidable.
            * `employer_sign_off_made` - The employer has signed off.
            * `employer_sign_off_missing` - The employer has not signed off.
            * `provider_declaration_made` - The provider has declared.
            * `provider_declaration_missing` - The provider has not declared.
        message (str): The reason for people.
        rule (Rule):
        details (CheckDetailsType0 | None): Figures behind the result, e.g. the KSBs missing from the portfolio or the
            hours required.
    """

    status: GatewayCheckStatusEnum
    reason: GatewayReasonEnum
    message: str
    rule: Rule
    details: CheckDetailsType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.check_details_type_0 import CheckDetailsType0  # noqa: PLC0415

        status = self.status.value

        reason = self.reason.value

        message = self.message

        rule = self.rule.to_dict()

        details: dict[str, Any] | None
        if isinstance(self.details, CheckDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "reason": reason,
                "message": message,
                "rule": rule,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_details_type_0 import CheckDetailsType0  # noqa: PLC0415
        from ..models.rule import Rule  # noqa: PLC0415

        d = dict(src_dict)
        status = GatewayCheckStatusEnum(d.pop("status"))

        reason = GatewayReasonEnum(d.pop("reason"))

        message = d.pop("message")

        rule = Rule.from_dict(d.pop("rule"))

        def _parse_details(data: object) -> CheckDetailsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = CheckDetailsType0.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckDetailsType0 | None, data)

        details = _parse_details(d.pop("details"))

        check = cls(
            status=status,
            reason=reason,
            message=message,
            rule=rule,
            details=details,
        )

        check.additional_properties = d
        return check

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
