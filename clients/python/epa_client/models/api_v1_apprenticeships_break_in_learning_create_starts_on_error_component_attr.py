from enum import StrEnum


class ApiV1ApprenticeshipsBreakInLearningCreateStartsOnErrorComponentAttr(StrEnum):
    STARTS_ON = "starts_on"

    def __str__(self) -> str:
        return str(self.value)
