from enum import StrEnum


class ApiV1StandardsDutiesListVersionErrorComponentCode(StrEnum):
    INVALID = "invalid"
    MULTIPLE_VALUES = "multiple_values"
    NULL_CHARACTERS_NOT_ALLOWED = "null_characters_not_allowed"
    UNKNOWN_VERSION = "unknown_version"

    def __str__(self) -> str:
        return str(self.value)
