from enum import StrEnum


class ApiV1ApprenticeshipsGatewayEvaluationRetrieveGatewayDateErrorComponentAttr(StrEnum):
    GATEWAY_DATE = "gateway_date"

    def __str__(self) -> str:
        return str(self.value)
