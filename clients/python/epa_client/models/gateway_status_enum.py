from enum import StrEnum


class GatewayStatusEnum(StrEnum):
    DRAFT = "draft"
    FAILED = "failed"
    PASSED = "passed"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
