from enum import StrEnum


class ApiV1StandardsDutiesListOptionErrorComponentCode(StrEnum):
    MULTIPLE_VALUES = "multiple_values"
    NULL_CHARACTERS_NOT_ALLOWED = "null_characters_not_allowed"
    UNKNOWN_OPTION = "unknown_option"

    def __str__(self) -> str:
        return str(self.value)
