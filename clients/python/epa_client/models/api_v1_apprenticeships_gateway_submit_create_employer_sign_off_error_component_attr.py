from enum import StrEnum


class ApiV1ApprenticeshipsGatewaySubmitCreateEmployerSignOffErrorComponentAttr(StrEnum):
    EMPLOYER_SIGN_OFF = "employer_sign_off"

    def __str__(self) -> str:
        return str(self.value)
