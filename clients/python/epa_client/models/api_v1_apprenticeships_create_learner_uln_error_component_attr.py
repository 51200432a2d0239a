from enum import StrEnum


class ApiV1ApprenticeshipsCreateLearnerUlnErrorComponentAttr(StrEnum):
    LEARNER_ULN = "learner.uln"

    def __str__(self) -> str:
        return str(self.value)
