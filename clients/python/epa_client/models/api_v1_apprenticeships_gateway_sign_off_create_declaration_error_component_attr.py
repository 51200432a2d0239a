from enum import StrEnum


class ApiV1ApprenticeshipsGatewaySignOffCreateDeclarationErrorComponentAttr(StrEnum):
    DECLARATION = "declaration"

    def __str__(self) -> str:
        return str(self.value)
