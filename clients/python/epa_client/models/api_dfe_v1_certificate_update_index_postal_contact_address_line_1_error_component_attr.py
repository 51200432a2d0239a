from enum import StrEnum


class ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine1ErrorComponentAttr(StrEnum):
    INDEX_POSTALCONTACT_ADDRESSLINE1 = "INDEX.postalContact.addressLine1"

    def __str__(self) -> str:
        return str(self.value)
