from enum import StrEnum


class ApiV1ApprenticeshipsListCursorErrorComponentCode(StrEnum):
    INVALID_CURSOR = "invalid_cursor"
    MAX_LENGTH = "max_length"
    MULTIPLE_VALUES = "multiple_values"
    NULL_CHARACTERS_NOT_ALLOWED = "null_characters_not_allowed"

    def __str__(self) -> str:
        return str(self.value)
