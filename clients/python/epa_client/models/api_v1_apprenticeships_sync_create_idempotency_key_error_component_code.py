from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateIdempotencyKeyErrorComponentCode(StrEnum):
    INVALID = "invalid"

    def __str__(self) -> str:
        return str(self.value)
