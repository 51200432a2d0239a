from enum import StrEnum


class ApiV1ApprenticeshipsGatewaySubmitCreateMathsErrorComponentAttr(StrEnum):
    MATHS = "maths"

    def __str__(self) -> str:
        return str(self.value)
