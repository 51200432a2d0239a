from enum import StrEnum


class ApiV1CertificatesPartialUpdateFamilyNameErrorComponentAttr(StrEnum):
    FAMILY_NAME = "family_name"

    def __str__(self) -> str:
        return str(self.value)
