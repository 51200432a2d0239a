from enum import StrEnum


class ErrorCode406Enum(StrEnum):
    NOT_ACCEPTABLE = "not_acceptable"

    def __str__(self) -> str:
        return str(self.value)
