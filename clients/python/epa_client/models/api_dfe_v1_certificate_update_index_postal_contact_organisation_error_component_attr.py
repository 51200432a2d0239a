from enum import StrEnum


class ApiDfeV1CertificateUpdateINDEXPostalContactOrganisationErrorComponentAttr(StrEnum):
    INDEX_POSTALCONTACT_ORGANISATION = "INDEX.postalContact.organisation"

    def __str__(self) -> str:
        return str(self.value)
