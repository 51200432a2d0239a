from enum import StrEnum


class ApiV1ApprenticeshipsBreakInLearningCreateReasonErrorComponentAttr(StrEnum):
    REASON = "reason"

    def __str__(self) -> str:
        return str(self.value)
