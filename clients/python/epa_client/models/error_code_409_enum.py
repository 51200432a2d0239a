from enum import StrEnum


class ErrorCode409Enum(StrEnum):
    IDEMPOTENCY_KEY_IN_PROGRESS = "idempotency_key_in_progress"

    def __str__(self) -> str:
        return str(self.value)
