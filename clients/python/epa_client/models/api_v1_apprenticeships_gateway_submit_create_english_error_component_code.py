from enum import StrEnum


class ApiV1ApprenticeshipsGatewaySubmitCreateEnglishErrorComponentCode(StrEnum):
    NOT_READY = "not_ready"

    def __str__(self) -> str:
        return str(self.value)
