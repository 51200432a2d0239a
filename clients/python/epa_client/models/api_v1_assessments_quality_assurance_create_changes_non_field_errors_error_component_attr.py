from enum import StrEnum


class ApiV1AssessmentsQualityAssuranceCreateChangesNonFieldErrorsErrorComponentAttr(StrEnum):
    CHANGES_NON_FIELD_ERRORS = "changes.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
