from enum import StrEnum


class ApiV1ApprenticeshipsGatewaySubmitCreateEnglishErrorComponentAttr(StrEnum):
    ENGLISH = "english"

    def __str__(self) -> str:
        return str(self.value)
