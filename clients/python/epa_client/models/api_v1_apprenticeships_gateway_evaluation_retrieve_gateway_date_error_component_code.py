from enum import StrEnum


class ApiV1ApprenticeshipsGatewayEvaluationRetrieveGatewayDateErrorComponentCode(StrEnum):
    DATETIME = "datetime"
    INVALID = "invalid"
    MULTIPLE_VALUES = "multiple_values"
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
