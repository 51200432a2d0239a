from enum import StrEnum


class ApiDfeV1CertificateCreateINDEXStandardNonFieldErrorsErrorComponentAttr(StrEnum):
    INDEX_STANDARD_NON_FIELD_ERRORS = "INDEX.standard.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
