from enum import StrEnum


class ApiV1CertificatesCreateOrganisationErrorComponentAttr(StrEnum):
    ORGANISATION = "organisation"

    def __str__(self) -> str:
        return str(self.value)
