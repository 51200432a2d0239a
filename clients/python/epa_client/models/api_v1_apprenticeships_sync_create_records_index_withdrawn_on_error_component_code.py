from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXWithdrawnOnErrorComponentCode(StrEnum):
    DATETIME = "datetime"
    INVALID = "invalid"
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
