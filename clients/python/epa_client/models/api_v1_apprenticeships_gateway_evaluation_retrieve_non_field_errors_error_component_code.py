from enum import StrEnum


class ApiV1ApprenticeshipsGatewayEvaluationRetrieveNonFieldErrorsErrorComponentCode(StrEnum):
    INVALID = "invalid"
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
