from enum import StrEnum


class GatewayStatusEnum(StrEnum):
    DRAFT = "draft"
    FAILED = "failed"
    PASSED = "passed"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
