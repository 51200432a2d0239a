from enum import StrEnum


class ApiV1ApprenticeshipsGatewayEvaluationRetrieveGatewayDateErrorComponentCode(StrEnum):
    INVALID = "invalid"
    MULTIPLE_VALUES = "multiple_values"

    def __str__(self) -> str:
        return str(self.value)
