from enum import StrEnum


class ApiDfeV1EpaCreateINDEXEpaDetailsEpasNonFieldErrorsErrorComponentAttr(StrEnum):
    INDEX_EPADETAILS_EPAS_NON_FIELD_ERRORS = "INDEX.epaDetails.epas.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
