from enum import StrEnum


class ErrorCode412Enum(StrEnum):
    VERSION_MISMATCH = "version_mismatch"

    def __str__(self) -> str:
        return str(self.value)
