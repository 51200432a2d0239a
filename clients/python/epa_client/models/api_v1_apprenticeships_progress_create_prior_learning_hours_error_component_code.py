from enum import StrEnum


class ApiV1ApprenticeshipsProgressCreatePriorLearningHoursErrorComponentCode(StrEnum):
    INVALID = "invalid"
    MAX_STRING_LENGTH = "max_string_length"
    MAX_VALUE = "max_value"
    MIN_VALUE = "min_value"
    MORE_THAN_PLANNED = "more_than_planned"
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
