from enum import StrEnum


class ApiV1CertificatesPartialUpdateFamilyNameErrorComponentCode(StrEnum):
    FAMILY_NAME_MISMATCH = "family_name_mismatch"

    def __str__(self) -> str:
        return str(self.value)
