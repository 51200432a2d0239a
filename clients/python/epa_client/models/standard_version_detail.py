from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_status_enum import StandardStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ksb_counts import KSBCounts
    from ..models.option_summary import OptionSummary
    from ..models.progression_route import ProgressionRoute


T = TypeVar("T", bound="StandardVersionDetail")


@_attrs_define
class StandardVersionDetail:
    """
    Attributes:
        reference (str): The standard's reference.
        version (str): Version number, e.g. 1.0.
        options (list[OptionSummary]): Options, each with its KSB count.
        duty_count (int): Number of duties (core and option).
        ksb_counts (KSBCounts):
        progression_routes (list[ProgressionRoute]):
        status (StandardStatusEnum | Unset): * `proposal_in_development` - Proposal in development
            * `in_development` - In development
            * `approved_for_delivery` - Approved for delivery
            * `retired` - Retired
            * `withdrawn` - Withdrawn
        approved_on (datetime.date | None | Unset): Date approved for delivery, where known.
        typical_duration_months (int | None | Unset): Typical duration of the apprenticeship.
        core_and_options (bool | Unset): Whether the version has options.
        epa_period_months (int | None | Unset): Length of the EPA period in months (`ePALength`); null when not known.
        min_off_the_job_hours (int | None | Unset): Published minimum off-the-job hours (`minimumHoursForCompliance`),
            for starts from 2025-08-01; null when not published.
        entry_requirements (str | Unset): Statutory or typical entry requirements, if any.
        english_maths_requirements (str | Unset): English and maths requirement.
        typical_job_titles (Any | Unset): Typical job titles (list of strings).
        involved_employers (Any | Unset): Employers involved in the standard.
        assessment_plan_url (str | Unset):
    """

    reference: str
    version: str
    options: list[OptionSummary]
    duty_count: int
    ksb_counts: KSBCounts
    progression_routes: list[ProgressionRoute]
    status: StandardStatusEnum | Unset = UNSET
    approved_on: datetime.date | None | Unset = UNSET
    typical_duration_months: int | None | Unset = UNSET
    core_and_options: bool | Unset = UNSET
    epa_period_months: int | None | Unset = UNSET
    min_off_the_job_hours: int | None | Unset = UNSET
    entry_requirements: str | Unset = UNSET
    english_maths_requirements: str | Unset = UNSET
    typical_job_titles: Any | Unset = UNSET
    involved_employers: Any | Unset = UNSET
    assessment_plan_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        version = self.version

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        duty_count = self.duty_count

        ksb_counts = self.ksb_counts.to_dict()

        progression_routes = []
        for progression_routes_item_data in self.progression_routes:
            progression_routes_item = progression_routes_item_data.to_dict()
            progression_routes.append(progression_routes_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        approved_on: None | str | Unset
        if isinstance(self.approved_on, Unset):
            approved_on = UNSET
        elif isinstance(self.approved_on, datetime.date):
            approved_on = self.approved_on.isoformat()
        else:
            approved_on = self.approved_on

        typical_duration_months: int | None | Unset
        if isinstance(self.typical_duration_months, Unset):
            typical_duration_months = UNSET
        else:
            typical_duration_months = self.typical_duration_months

        core_and_options = self.core_and_options

        epa_period_months: int | None | Unset
        if isinstance(self.epa_period_months, Unset):
            epa_period_months = UNSET
        else:
            epa_period_months = self.epa_period_months

        min_off_the_job_hours: int | None | Unset
        if isinstance(self.min_off_the_job_hours, Unset):
            min_off_the_job_hours = UNSET
        else:
            min_off_the_job_hours = self.min_off_the_job_hours

        entry_requirements = self.entry_requirements

        english_maths_requirements = self.english_maths_requirements

        typical_job_titles = self.typical_job_titles

        involved_employers = self.involved_employers

        assessment_plan_url: str | Unset
        if isinstance(self.assessment_plan_url, Unset):
            assessment_plan_url = UNSET
        else:
            assessment_plan_url = self.assessment_plan_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
                "version": version,
                "options": options,
                "duty_count": duty_count,
                "ksb_counts": ksb_counts,
                "progression_routes": progression_routes,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if approved_on is not UNSET:
            field_dict["approved_on"] = approved_on
        if typical_duration_months is not UNSET:
            field_dict["typical_duration_months"] = typical_duration_months
        if core_and_options is not UNSET:
            field_dict["core_and_options"] = core_and_options
        if epa_period_months is not UNSET:
            field_dict["epa_period_months"] = epa_period_months
        if min_off_the_job_hours is not UNSET:
            field_dict["min_off_the_job_hours"] = min_off_the_job_hours
        if entry_requirements is not UNSET:
            field_dict["entry_requirements"] = entry_requirements
        if english_maths_requirements is not UNSET:
            field_dict["english_maths_requirements"] = english_maths_requirements
        if typical_job_titles is not UNSET:
            field_dict["typical_job_titles"] = typical_job_titles
        if involved_employers is not UNSET:
            field_dict["involved_employers"] = involved_employers
        if assessment_plan_url is not UNSET:
            field_dict["assessment_plan_url"] = assessment_plan_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ksb_counts import KSBCounts  # noqa: PLC0415
        from ..models.option_summary import OptionSummary  # noqa: PLC0415
        from ..models.progression_route import ProgressionRoute  # noqa: PLC0415

        d = dict(src_dict)
        reference = d.pop("reference")

        version = d.pop("version")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = OptionSummary.from_dict(options_item_data)

            options.append(options_item)

        duty_count = d.pop("duty_count")

        ksb_counts = KSBCounts.from_dict(d.pop("ksb_counts"))

        progression_routes = []
        _progression_routes = d.pop("progression_routes")
        for progression_routes_item_data in _progression_routes:
            progression_routes_item = ProgressionRoute.from_dict(progression_routes_item_data)

            progression_routes.append(progression_routes_item)

        _status = d.pop("status", UNSET)
        status: StandardStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StandardStatusEnum(_status)

        def _parse_approved_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_on_type_0 = datetime.date.fromisoformat(data)

                return approved_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        approved_on = _parse_approved_on(d.pop("approved_on", UNSET))

        def _parse_typical_duration_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        typical_duration_months = _parse_typical_duration_months(d.pop("typical_duration_months", UNSET))

        core_and_options = d.pop("core_and_options", UNSET)

        def _parse_epa_period_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        epa_period_months = _parse_epa_period_months(d.pop("epa_period_months", UNSET))

        def _parse_min_off_the_job_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_off_the_job_hours = _parse_min_off_the_job_hours(d.pop("min_off_the_job_hours", UNSET))

        entry_requirements = d.pop("entry_requirements", UNSET)

        english_maths_requirements = d.pop("english_maths_requirements", UNSET)

        typical_job_titles = d.pop("typical_job_titles", UNSET)

        involved_employers = d.pop("involved_employers", UNSET)

        def _parse_assessment_plan_url(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        assessment_plan_url = _parse_assessment_plan_url(d.pop("assessment_plan_url", UNSET))

        standard_version_detail = cls(
            reference=reference,
            version=version,
            options=options,
            duty_count=duty_count,
            ksb_counts=ksb_counts,
            progression_routes=progression_routes,
            status=status,
            approved_on=approved_on,
            typical_duration_months=typical_duration_months,
            core_and_options=core_and_options,
            epa_period_months=epa_period_months,
            min_off_the_job_hours=min_off_the_job_hours,
            entry_requirements=entry_requirements,
            english_maths_requirements=english_maths_requirements,
            typical_job_titles=typical_job_titles,
            involved_employers=involved_employers,
            assessment_plan_url=assessment_plan_url,
        )

        standard_version_detail.additional_properties = d
        return standard_version_detail

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
