from enum import StrEnum


class ApiDfeV1EpaUpdateINDEXStandardStandardCodeErrorComponentCode(StrEnum):
    INVALID = "invalid"
    MAX_STRING_LENGTH = "max_string_length"

    def __str__(self) -> str:
        return str(self.value)
