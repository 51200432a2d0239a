from enum import StrEnum


class ApiV1ApprenticeshipsGatewaySubmitCreatePortfolioErrorComponentAttr(StrEnum):
    PORTFOLIO = "portfolio"

    def __str__(self) -> str:
        return str(self.value)
