from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blank_enum import BlankEnum
from ..models.certificate_status_enum import CertificateStatusEnum
from ..models.dfe_grade_enum import DfeGradeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Certificate")


@_attrs_define
class Certificate:
    """
    Attributes:
        id (int):
        reference (str): Certificate reference: 8 digits, zero-padded (DfE's certificateReference and epaReference).
        apprenticeship (int):
        epao (int): The EPAO that requested it.
        uln (str): The apprentice's ULN, from the learner record.
        given_names (str): From the learner record.
        family_name (str): From the learner record.
        standard_reference (str): IfATE reference, e.g. ST0792.
        standard_title (str): The standard's title.
        level (int): The standard's level.
        standard_version (str): The standard version assessed, e.g. 1.0.
        learning_start_date (datetime.date): The apprenticeship's start.
        provider_ukprn (str): The training provider's UKPRN.
        provider_name (str): The training provider's name.
        created_at (datetime.datetime):
        created_by (str): Who created it: a user name or an API key.
        updated_at (datetime.datetime):
        status (CertificateStatusEnum | Unset): * `draft` - Draft: some mandatory data missing
            * `ready` - Ready: every mandatory field given, to be submitted
            * `submitted` - Submitted: requested from DfE
            * `deleted` - Deleted before submission (keeps its reference)
        lars_code (int | None | Unset): The standard's LARS code.
        option (str | Unset): The course option, in the catalogue's casing.
        overall_grade (BlankEnum | DfeGradeEnum | Unset): The overall grade by its DfE name (Pass, Credit, Merit,
            Distinction, Pass with excellence, Outstanding, No grade awarded).

            * `Pass` - Pass
            * `Credit` - Credit
            * `Merit` - Merit
            * `Distinction` - Distinction
            * `Pass with excellence` - Pass with excellence
            * `Outstanding` - Outstanding
            * `No grade awarded` - No grade awarded
            * `Fail` - Fail
        achievement_date (datetime.date | None | Unset): Not in the future, not before the learning start.
        contact_name (str | Unset): Who the certificate is posted to.
        department (str | Unset): The contact's department.
        organisation (str | Unset): The contact's organisation (needed to submit).
        address_line1 (str | Unset): First line of the postal address.
        address_line2 (str | Unset): Second line of the postal address.
        address_line3 (str | Unset): Third line of the postal address.
        city (str | Unset): City or town.
        postcode (str | Unset): A UK postcode.
        submitted_at (datetime.datetime | None | Unset): When it was submitted.
        submitted_by (str | Unset): Who submitted it.
        version (int | Unset): Bumped by every change; sent back as the `ETag`.
    """

    id: int
    reference: str
    apprenticeship: int
    epao: int
    uln: str
    given_names: str
    family_name: str
    standard_reference: str
    standard_title: str
    level: int
    standard_version: str
    learning_start_date: datetime.date
    provider_ukprn: str
    provider_name: str
    created_at: datetime.datetime
    created_by: str
    updated_at: datetime.datetime
    status: CertificateStatusEnum | Unset = UNSET
    lars_code: int | None | Unset = UNSET
    option: str | Unset = UNSET
    overall_grade: BlankEnum | DfeGradeEnum | Unset = UNSET
    achievement_date: datetime.date | None | Unset = UNSET
    contact_name: str | Unset = UNSET
    department: str | Unset = UNSET
    organisation: str | Unset = UNSET
    address_line1: str | Unset = UNSET
    address_line2: str | Unset = UNSET
    address_line3: str | Unset = UNSET
    city: str | Unset = UNSET
    postcode: str | Unset = UNSET
    submitted_at: datetime.datetime | None | Unset = UNSET
    submitted_by: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reference = self.reference

        apprenticeship = self.apprenticeship

        epao = self.epao

        uln = self.uln

        given_names = self.given_names

        family_name = self.family_name

        standard_reference = self.standard_reference

        standard_title = self.standard_title

        level = self.level

        standard_version = self.standard_version

        learning_start_date = self.learning_start_date.isoformat()

        provider_ukprn = self.provider_ukprn

        provider_name = self.provider_name

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at = self.updated_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        lars_code: int | None | Unset
        if isinstance(self.lars_code, Unset):
            lars_code = UNSET
        else:
            lars_code = self.lars_code

        option = self.option

        overall_grade: str | Unset
        if isinstance(self.overall_grade, Unset):
            overall_grade = UNSET
        elif isinstance(self.overall_grade, DfeGradeEnum):
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

        contact_name = self.contact_name

        department = self.department

        organisation = self.organisation

        address_line1 = self.address_line1

        address_line2 = self.address_line2

        address_line3 = self.address_line3

        city = self.city

        postcode = self.postcode

        submitted_at: None | str | Unset
        if isinstance(self.submitted_at, Unset):
            submitted_at = UNSET
        elif isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        submitted_by = self.submitted_by

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "reference": reference,
                "apprenticeship": apprenticeship,
                "epao": epao,
                "uln": uln,
                "given_names": given_names,
                "family_name": family_name,
                "standard_reference": standard_reference,
                "standard_title": standard_title,
                "level": level,
                "standard_version": standard_version,
                "learning_start_date": learning_start_date,
                "provider_ukprn": provider_ukprn,
                "provider_name": provider_name,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if lars_code is not UNSET:
            field_dict["lars_code"] = lars_code
        if option is not UNSET:
            field_dict["option"] = option
        if overall_grade is not UNSET:
            field_dict["overall_grade"] = overall_grade
        if achievement_date is not UNSET:
            field_dict["achievement_date"] = achievement_date
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
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at
        if submitted_by is not UNSET:
            field_dict["submitted_by"] = submitted_by
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        reference = d.pop("reference")

        apprenticeship = d.pop("apprenticeship")

        epao = d.pop("epao")

        uln = d.pop("uln")

        given_names = d.pop("given_names")

        family_name = d.pop("family_name")

        standard_reference = d.pop("standard_reference")

        standard_title = d.pop("standard_title")

        level = d.pop("level")

        standard_version = d.pop("standard_version")

        learning_start_date = datetime.date.fromisoformat(d.pop("learning_start_date"))

        provider_ukprn = d.pop("provider_ukprn")

        provider_name = d.pop("provider_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _status = d.pop("status", UNSET)
        status: CertificateStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CertificateStatusEnum(_status)

        def _parse_lars_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        lars_code = _parse_lars_code(d.pop("lars_code", UNSET))

        option = d.pop("option", UNSET)

        def _parse_overall_grade(data: object) -> BlankEnum | DfeGradeEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                overall_grade_type_0 = DfeGradeEnum(data)

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

        contact_name = d.pop("contact_name", UNSET)

        department = d.pop("department", UNSET)

        organisation = d.pop("organisation", UNSET)

        address_line1 = d.pop("address_line1", UNSET)

        address_line2 = d.pop("address_line2", UNSET)

        address_line3 = d.pop("address_line3", UNSET)

        city = d.pop("city", UNSET)

        postcode = d.pop("postcode", UNSET)

        def _parse_submitted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at", UNSET))

        submitted_by = d.pop("submitted_by", UNSET)

        version = d.pop("version", UNSET)

        certificate = cls(
            id=id,
            reference=reference,
            apprenticeship=apprenticeship,
            epao=epao,
            uln=uln,
            given_names=given_names,
            family_name=family_name,
            standard_reference=standard_reference,
            standard_title=standard_title,
            level=level,
            standard_version=standard_version,
            learning_start_date=learning_start_date,
            provider_ukprn=provider_ukprn,
            provider_name=provider_name,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            status=status,
            lars_code=lars_code,
            option=option,
            overall_grade=overall_grade,
            achievement_date=achievement_date,
            contact_name=contact_name,
            department=department,
            organisation=organisation,
            address_line1=address_line1,
            address_line2=address_line2,
            address_line3=address_line3,
            city=city,
            postcode=postcode,
            submitted_at=submitted_at,
            submitted_by=submitted_by,
            version=version,
        )

        certificate.additional_properties = d
        return certificate

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
