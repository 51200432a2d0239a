from enum import StrEnum


class ApiV1AssessmentsAppealCreateMethodErrorComponentCode(StrEnum):
    BLANK = "blank"
    INVALID = "invalid"
    MAX_LENGTH = "max_length"
    METHOD_CARRIED = "method_carried"
    NULL = "null"
    NULL_CHARACTERS_NOT_ALLOWED = "null_characters_not_allowed"
    REQUIRED = "required"
    SURROGATE_CHARACTERS_NOT_ALLOWED = "surrogate_characters_not_allowed"
    UNKNOWN_METHOD = "unknown_method"

    def __str__(self) -> str:
        return str(self.value)
