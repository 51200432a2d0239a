from enum import StrEnum


class ApiV1ApprenticeshipsPartialUpdateLearnerEmailErrorComponentAttr(StrEnum):
    LEARNER_EMAIL = "learner.email"

    def __str__(self) -> str:
        return str(self.value)
