from enum import StrEnum


class ApiV1AssessmentsRecordOutcomeCreateOutcomeErrorComponentCode(StrEnum):
    INVALID_CHOICE = "invalid_choice"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
