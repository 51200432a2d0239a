from enum import StrEnum


class ApiDfeV1CertificateUpdateINDEXPostalContactNonFieldErrorsErrorComponentAttr(StrEnum):
    INDEX_POSTALCONTACT_NON_FIELD_ERRORS = "INDEX.postalContact.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
