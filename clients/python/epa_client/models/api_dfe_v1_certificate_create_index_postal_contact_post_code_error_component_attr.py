from enum import StrEnum


class ApiDfeV1CertificateCreateINDEXPostalContactPostCodeErrorComponentAttr(StrEnum):
    INDEX_POSTALCONTACT_POSTCODE = "INDEX.postalContact.postCode"

    def __str__(self) -> str:
        return str(self.value)
