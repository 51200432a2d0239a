from enum import StrEnum


class ApiV1ApprenticeshipsCreateLearnerGivenNamesErrorComponentAttr(StrEnum):
    LEARNER_GIVEN_NAMES = "learner.given_names"

    def __str__(self) -> str:
        return str(self.value)
