from enum import StrEnum


class ApiV1ApprenticeshipsPartialUpdateLearnerUlnErrorComponentAttr(StrEnum):
    LEARNER_ULN = "learner.uln"

    def __str__(self) -> str:
        return str(self.value)
