from enum import StrEnum


class ApiV1ApprenticeshipsBreakInLearningCreateStartsOnErrorComponentCode(StrEnum):
    BEFORE_START = "before_start"
    DATETIME = "datetime"
    DATE_IN_FUTURE = "date_in_future"
    INVALID = "invalid"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
