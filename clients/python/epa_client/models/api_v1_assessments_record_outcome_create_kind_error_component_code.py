from enum import StrEnum


class ApiV1AssessmentsRecordOutcomeCreateKindErrorComponentCode(StrEnum):
    INVALID_CHOICE = "invalid_choice"
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
