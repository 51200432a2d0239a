from enum import StrEnum


class ApiV1ApprenticeshipsGatewaySubmitCreateProviderDeclarationErrorComponentAttr(StrEnum):
    PROVIDER_DECLARATION = "provider_declaration"

    def __str__(self) -> str:
        return str(self.value)
