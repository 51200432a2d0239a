from enum import StrEnum


class ApiDfeV1CertificateUpdateINDEXPostalContactAddressLine3ErrorComponentAttr(StrEnum):
    INDEX_POSTALCONTACT_ADDRESSLINE3 = "INDEX.postalContact.addressLine3"

    def __str__(self) -> str:
        return str(self.value)
