from enum import StrEnum


class ApiV1AssessmentsListKindErrorComponentCode(StrEnum):
    INVALID_CHOICE = "invalid_choice"
    MULTIPLE_VALUES = "multiple_values"

    def __str__(self) -> str:
        return str(self.value)
