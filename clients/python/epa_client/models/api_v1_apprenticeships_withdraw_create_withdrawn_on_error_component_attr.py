from enum import StrEnum


class ApiV1ApprenticeshipsWithdrawCreateWithdrawnOnErrorComponentAttr(StrEnum):
    WITHDRAWN_ON = "withdrawn_on"

    def __str__(self) -> str:
        return str(self.value)
