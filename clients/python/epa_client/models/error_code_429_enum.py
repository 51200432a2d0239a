from enum import StrEnum


class ErrorCode429Enum(StrEnum):
    THROTTLED = "throttled"

    def __str__(self) -> str:
        return str(self.value)
