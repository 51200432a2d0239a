from enum import StrEnum


class ParseErrorCodeEnum(StrEnum):
    PARSE_ERROR = "parse_error"

    def __str__(self) -> str:
        return str(self.value)
