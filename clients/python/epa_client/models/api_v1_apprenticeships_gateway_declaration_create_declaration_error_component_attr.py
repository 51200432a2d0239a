from enum import StrEnum


class ApiV1ApprenticeshipsGatewayDeclarationCreateDeclarationErrorComponentAttr(StrEnum):
    DECLARATION = "declaration"

    def __str__(self) -> str:
        return str(self.value)
