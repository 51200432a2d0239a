from enum import StrEnum


class GatewayComponentStatusEnum(StrEnum):
    ACCEPTED = "accepted"
    MISSING = "missing"
    REJECTED = "rejected"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
