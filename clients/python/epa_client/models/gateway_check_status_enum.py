from enum import StrEnum


class GatewayCheckStatusEnum(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    NOT_REQUIRED = "not_required"

    def __str__(self) -> str:
        return str(self.value)
