from enum import StrEnum


class ApiV1ApprenticeshipsCreateLearnerEmailErrorComponentAttr(StrEnum):
    LEARNER_EMAIL = "learner.email"

    def __str__(self) -> str:
        return str(self.value)
