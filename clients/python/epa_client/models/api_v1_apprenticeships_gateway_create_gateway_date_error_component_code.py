from enum import StrEnum


class ApiV1ApprenticeshipsGatewayCreateGatewayDateErrorComponentCode(StrEnum):
    DATETIME = "datetime"
    GATEWAY_BEFORE_START = "gateway_before_start"
    INVALID = "invalid"

    def __str__(self) -> str:
        return str(self.value)
