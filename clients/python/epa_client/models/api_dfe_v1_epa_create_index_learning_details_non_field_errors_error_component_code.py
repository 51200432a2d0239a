from enum import StrEnum


class ApiDfeV1EpaCreateINDEXLearningDetailsNonFieldErrorsErrorComponentCode(StrEnum):
    INVALID = "invalid"
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
