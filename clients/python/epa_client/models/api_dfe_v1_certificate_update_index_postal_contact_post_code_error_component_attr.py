from enum import StrEnum


class ApiDfeV1CertificateUpdateINDEXPostalContactPostCodeErrorComponentAttr(StrEnum):
    INDEX_POSTALCONTACT_POSTCODE = "INDEX.postalContact.postCode"

    def __str__(self) -> str:
        return str(self.value)
