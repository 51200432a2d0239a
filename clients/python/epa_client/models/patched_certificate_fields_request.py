from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blank_enum import BlankEnum
from ..models.certificate_grade_enum import CertificateGradeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedCertificateFieldsRequest")


@_attrs_define
class PatchedCertificateFieldsRequest:
    """The fields the EPAO gives (the learner, standard and provider come from the record).

    Attributes:
        overall_grade (BlankEnum | CertificateGradeEnum | Unset): The overall grade by its DfE name; at create, the
            released result's when omitted.

            * `Pass` - Pass
            * `Credit` - Credit
            * `Merit` - Merit
            * `Distinction` - Distinction
            * `Pass with excellence` - Pass with excellence
            * `Outstanding` - Outstanding
            * `No grade awarded` - No grade awarded
        achievement_date (datetime.date | None | Unset): Not in the future, nor before the learning start.
        option (str | Unset): The course option, when the version has options (the apprentice's own wins).
        contact_name (str | Unset): Who the certificate is posted to.
        department (str | Unset): The contact's department.
        organisation (str | Unset): The contact's organisation (needed to submit).
        address_line1 (str | Unset): First line of the postal address.
        address_line2 (str | Unset): Second line.
        address_line3 (str | Unset): Third line.
        city (str | Unset): City or town.
        postcode (str | Unset): A UK postcode.
    """

    overall_grade: BlankEnum | CertificateGradeEnum | Unset = UNSET
    achievement_date: datetime.date | None | Unset = UNSET
    option: str | Unset = UNSET
    contact_name: str | Unset = UNSET
    department: str | Unset = UNSET
    organisation: str | Unset = UNSET
    address_line1: str | Unset = UNSET
    address_line2: str | Unset = UNSET
    address_line3: str | Unset = UNSET
    city: str | Unset = UNSET
    postcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overall_grade: str | Unset
        if isinstance(self.overall_grade, Unset):
            overall_grade = UNSET
        elif isinstance(self.overall_grade, CertificateGradeEnum):
            overall_grade = self.overall_grade.value
        else:
            overall_grade = self.overall_grade.value

        achievement_date: None | str | Unset
        if isinstance(self.achievement_date, Unset):
            achievement_date = UNSET
        elif isinstance(self.achievement_date, datetime.date):
            achievement_date = self.achievement_date.isoformat()
        else:
            achievement_date = self.achievement_date

        option: str | Unset
        if isinstance(self.option, Unset):
            option = UNSET
        else:
            option = self.option

        contact_name: str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        department: str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        organisation: str | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        else:
            organisation = self.organisation

        address_line1: str | Unset
        if isinstance(self.address_line1, Unset):
            address_line1 = UNSET
        else:
            address_line1 = self.address_line1

        address_line2: str | Unset
        if isinstance(self.address_line2, Unset):
            address_line2 = UNSET
        else:
            address_line2 = self.address_line2

        address_line3: str | Unset
        if isinstance(self.address_line3, Unset):
            address_line3 = UNSET
        else:
            address_line3 = self.address_line3

        city: str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        postcode: str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overall_grade is not UNSET:
            field_dict["overall_grade"] = overall_grade
        if achievement_date is not UNSET:
            field_dict["achievement_date"] = achievement_date
        if option is not UNSET:
            field_dict["option"] = option
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if department is not UNSET:
            field_dict["department"] = department
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if address_line1 is not UNSET:
            field_dict["address_line1"] = address_line1
        if address_line2 is not UNSET:
            field_dict["address_line2"] = address_line2
        if address_line3 is not UNSET:
            field_dict["address_line3"] = address_line3
        if city is not UNSET:
            field_dict["city"] = city
        if postcode is not UNSET:
            field_dict["postcode"] = postcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_overall_grade(data: object) -> BlankEnum | CertificateGradeEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                overall_grade_type_0 = CertificateGradeEnum(data)

                return overall_grade_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            overall_grade_type_1 = BlankEnum(data)

            return overall_grade_type_1

        overall_grade = _parse_overall_grade(d.pop("overall_grade", UNSET))

        def _parse_achievement_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                achievement_date_type_0 = datetime.date.fromisoformat(data)

                return achievement_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        achievement_date = _parse_achievement_date(d.pop("achievement_date", UNSET))

        def _parse_option(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        option = _parse_option(d.pop("option", UNSET))

        def _parse_contact_name(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact_name", UNSET))

        def _parse_department(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        def _parse_organisation(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        def _parse_address_line1(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        address_line1 = _parse_address_line1(d.pop("address_line1", UNSET))

        def _parse_address_line2(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        address_line2 = _parse_address_line2(d.pop("address_line2", UNSET))

        def _parse_address_line3(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        address_line3 = _parse_address_line3(d.pop("address_line3", UNSET))

        def _parse_city(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_postcode(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

        patched_certificate_fields_request = cls(
            overall_grade=overall_grade,
            achievement_date=achievement_date,
            option=option,
            contact_name=contact_name,
            department=department,
            organisation=organisation,
            address_line1=address_line1,
            address_line2=address_line2,
            address_line3=address_line3,
            city=city,
            postcode=postcode,
        )

        patched_certificate_fields_request.additional_properties = d
        return patched_certificate_fields_request

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
