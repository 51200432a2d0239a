from enum import StrEnum


class ApiV1ApprenticeshipsReturnToLearningCreateReturnedOnErrorComponentAttr(StrEnum):
    RETURNED_ON = "returned_on"

    def __str__(self) -> str:
        return str(self.value)
