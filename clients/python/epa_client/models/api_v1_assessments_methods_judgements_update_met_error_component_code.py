from enum import StrEnum


class ApiV1AssessmentsMethodsJudgementsUpdateMetErrorComponentCode(StrEnum):
    INVALID = "invalid"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
