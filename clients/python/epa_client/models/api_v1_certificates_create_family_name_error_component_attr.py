from enum import StrEnum


class ApiV1CertificatesCreateFamilyNameErrorComponentAttr(StrEnum):
    FAMILY_NAME = "family_name"

    def __str__(self) -> str:
        return str(self.value)
