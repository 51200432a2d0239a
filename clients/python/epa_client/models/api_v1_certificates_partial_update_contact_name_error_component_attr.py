from enum import StrEnum


class ApiV1CertificatesPartialUpdateContactNameErrorComponentAttr(StrEnum):
    CONTACT_NAME = "contact_name"

    def __str__(self) -> str:
        return str(self.value)
