from enum import StrEnum


class ApiV1ApprenticeshipsGatewayCreateGatewayDateErrorComponentCode(StrEnum):
    DATETIME = "datetime"
    GATEWAY_BEFORE_START = "gateway_before_start"
    GATEWAY_IN_FUTURE = "gateway_in_future"
    INVALID = "invalid"

    def __str__(self) -> str:
        return str(self.value)
