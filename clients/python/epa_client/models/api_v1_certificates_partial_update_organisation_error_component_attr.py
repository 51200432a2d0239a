from enum import StrEnum


class ApiV1CertificatesPartialUpdateOrganisationErrorComponentAttr(StrEnum):
    ORGANISATION = "organisation"

    def __str__(self) -> str:
        return str(self.value)
