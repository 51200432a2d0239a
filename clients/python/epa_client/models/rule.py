from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_rule_enum import GatewayRuleEnum

T = TypeVar("T", bound="Rule")


@_attrs_define
class Rule:
    """
    Attributes:
        code (GatewayRuleEnum): * `english_maths_19_plus_exemption` - Not required for apprentices aged 19 or over at
            their start, at a gateway on or after 11 February 2025.
            * `english_maths_level_2` - Level 2 English and maths before the EPA.
            * `english_maths_entry_level_3` - Entry Level 3 for apprentices with an EHC plan or legacy statement.
            * `english_maths_level_1_and_level_2_test` - Level 2 standard: level 1 English and maths, and the level 2 test
            taken, before the EPA.
            * `english_maths_level_1` - Level 2 standard: level 1 English and maths before the EPA.
            * `option_chosen` - A standard with options needs one option of the apprenticeship's version.
            * `portfolio_covers_plan` - The portfolio evidences every KSB the assessment plan says it must cover for the
            apprentice's option.
            * `portfolio_covers_option` - With no assessment plan, the portfolio evidences every KSB of the apprentice's
            option.
            * `minimum_duration_12_months` - At least 12 months (372 days) from start to gateway, extended pro rata (x 30 /
            weekly hours) under 30 contracted hours a week.
            * `minimum_duration_8_months` - At least 8 months from start to gateway, whatever the weekly hours.
            * `otj_20_percent` - 20% of contracted hours over the practical period, less statutory leave (5.6 weeks a year,
            pro rata).
            * `otj_6_hours_a_week` - Full-time (30+ contracted hours a week): 6 hours a week; part-time: 20% of contracted
            hours; over the practical period less statutory leave (5.6 weeks a year, pro rata).
            * `otj_published_minimum` - The standard version's published minimum off-the-job hours (funding rules 2025 to
            2026, off-the-job training).
            * `employer_sign_off` - The employer declares the apprentice works at or above the standard.
            * `provider_declaration` - The provider declares the apprentice is ready for the EPA.
        description (str): What the rule requires.
        effective_from (datetime.date | None): First day the rule applies to, if any.
        effective_to (datetime.date | None): Last day the rule applies to, if any.
    """

    code: GatewayRuleEnum
    description: str
    effective_from: datetime.date | None
    effective_to: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        description = self.description

        effective_from: None | str
        if isinstance(self.effective_from, datetime.date):
            effective_from = self.effective_from.isoformat()
        else:
            effective_from = self.effective_from

        effective_to: None | str
        if isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "description": description,
                "effective_from": effective_from,
                "effective_to": effective_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = GatewayRuleEnum(d.pop("code"))

        description = d.pop("description")

        def _parse_effective_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_from_type_0 = datetime.date.fromisoformat(data)

                return effective_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_from = _parse_effective_from(d.pop("effective_from"))

        def _parse_effective_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_to_type_0 = datetime.date.fromisoformat(data)

                return effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_to = _parse_effective_to(d.pop("effective_to"))

        rule = cls(
            code=code,
            description=description,
            effective_from=effective_from,
            effective_to=effective_to,
        )

        rule.additional_properties = d
        return rule

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
