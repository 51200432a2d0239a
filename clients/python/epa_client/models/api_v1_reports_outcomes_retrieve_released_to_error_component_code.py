from enum import StrEnum


class ApiV1ReportsOutcomesRetrieveReleasedToErrorComponentCode(StrEnum):
    DATETIME = "datetime"
    INVALID = "invalid"
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
