from enum import StrEnum


class ApiDfeV1CertificateUpdateINDEXPostalContactContactNameErrorComponentAttr(StrEnum):
    INDEX_POSTALCONTACT_CONTACTNAME = "INDEX.postalContact.contactName"

    def __str__(self) -> str:
        return str(self.value)
