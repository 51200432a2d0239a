from enum import StrEnum


class ApiDfeV1CertificateSubmitCreateINDEXNonFieldErrorsErrorComponentAttr(StrEnum):
    INDEX_NON_FIELD_ERRORS = "INDEX.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
