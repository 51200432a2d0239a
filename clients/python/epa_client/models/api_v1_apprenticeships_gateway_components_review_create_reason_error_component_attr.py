from enum import StrEnum


class ApiV1ApprenticeshipsGatewayComponentsReviewCreateReasonErrorComponentAttr(StrEnum):
    REASON = "reason"

    def __str__(self) -> str:
        return str(self.value)
