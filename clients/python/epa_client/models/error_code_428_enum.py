from enum import StrEnum


class ErrorCode428Enum(StrEnum):
    IF_MATCH_REQUIRED = "if_match_required"

    def __str__(self) -> str:
        return str(self.value)
