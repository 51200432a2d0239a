from enum import StrEnum


class ApiV1ApprenticeshipsWithdrawCreateReasonErrorComponentAttr(StrEnum):
    REASON = "reason"

    def __str__(self) -> str:
        return str(self.value)
