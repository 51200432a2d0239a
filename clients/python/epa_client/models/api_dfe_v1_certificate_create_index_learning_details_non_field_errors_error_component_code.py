from enum import StrEnum


class ApiDfeV1CertificateCreateINDEXLearningDetailsNonFieldErrorsErrorComponentCode(StrEnum):
    INVALID = "invalid"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
