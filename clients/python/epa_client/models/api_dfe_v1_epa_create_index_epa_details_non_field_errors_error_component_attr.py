from enum import StrEnum


class ApiDfeV1EpaCreateINDEXEpaDetailsNonFieldErrorsErrorComponentAttr(StrEnum):
    INDEX_EPADETAILS_NON_FIELD_ERRORS = "INDEX.epaDetails.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
