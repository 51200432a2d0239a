from enum import StrEnum


class ApiDfeV1EpaCreateINDEXNonFieldErrorsErrorComponentAttr(StrEnum):
    INDEX_NON_FIELD_ERRORS = "INDEX.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
