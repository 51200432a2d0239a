from enum import StrEnum


class ApiDfeV1CertificateCreateINDEXPostalContactNonFieldErrorsErrorComponentAttr(StrEnum):
    INDEX_POSTALCONTACT_NON_FIELD_ERRORS = "INDEX.postalContact.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
