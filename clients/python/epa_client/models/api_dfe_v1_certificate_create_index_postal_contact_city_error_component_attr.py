from enum import StrEnum


class ApiDfeV1CertificateCreateINDEXPostalContactCityErrorComponentAttr(StrEnum):
    INDEX_POSTALCONTACT_CITY = "INDEX.postalContact.city"

    def __str__(self) -> str:
        return str(self.value)
