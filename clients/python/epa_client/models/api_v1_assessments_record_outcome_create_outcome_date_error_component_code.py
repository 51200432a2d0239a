from enum import StrEnum


class ApiV1AssessmentsRecordOutcomeCreateOutcomeDateErrorComponentCode(StrEnum):
    DATETIME = "datetime"
    DATE_BEFORE_2017 = "date_before_2017"
    DATE_IN_FUTURE = "date_in_future"
    INVALID = "invalid"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
