from enum import StrEnum


class ApiDfeV1CertificateCreateINDEXPostalContactOrganisationErrorComponentAttr(StrEnum):
    INDEX_POSTALCONTACT_ORGANISATION = "INDEX.postalContact.organisation"

    def __str__(self) -> str:
        return str(self.value)
