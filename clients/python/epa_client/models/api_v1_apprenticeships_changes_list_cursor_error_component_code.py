from enum import StrEnum


class ApiV1ApprenticeshipsChangesListCursorErrorComponentCode(StrEnum):
    INVALID_CURSOR = "invalid_cursor"
    MAX_LENGTH = "max_length"
    MULTIPLE_VALUES = "multiple_values"

    def __str__(self) -> str:
        return str(self.value)
