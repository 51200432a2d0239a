from enum import StrEnum


class ApiV1ApprenticeshipsWithdrawCreateNonFieldErrorsErrorComponentCode(StrEnum):
    INVALID = "invalid"
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
