from enum import StrEnum


class ApiV1ApprenticeshipsGatewaySubmitCreateGatewayDateErrorComponentAttr(StrEnum):
    GATEWAY_DATE = "gateway_date"

    def __str__(self) -> str:
        return str(self.value)
