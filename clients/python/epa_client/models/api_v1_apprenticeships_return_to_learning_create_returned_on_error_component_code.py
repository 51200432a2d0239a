from enum import StrEnum


class ApiV1ApprenticeshipsReturnToLearningCreateReturnedOnErrorComponentCode(StrEnum):
    BEFORE_BREAK_START = "before_break_start"
    DATETIME = "datetime"
    DATE_IN_FUTURE = "date_in_future"
    INVALID = "invalid"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
