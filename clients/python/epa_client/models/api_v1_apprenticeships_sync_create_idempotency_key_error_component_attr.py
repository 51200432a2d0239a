from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateIdempotencyKeyErrorComponentAttr(StrEnum):
    IDEMPOTENCY_KEY = "Idempotency-Key"

    def __str__(self) -> str:
        return str(self.value)
