from enum import StrEnum


class ApiDfeV1CertificateCreateINDEXPostalContactAddressLine2ErrorComponentAttr(StrEnum):
    INDEX_POSTALCONTACT_ADDRESSLINE2 = "INDEX.postalContact.addressLine2"

    def __str__(self) -> str:
        return str(self.value)
