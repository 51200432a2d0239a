from enum import StrEnum


class ApiV1ReportsResultsRetrieveReleasedToErrorComponentCode(StrEnum):
    DATETIME = "datetime"
    INVALID = "invalid"
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
