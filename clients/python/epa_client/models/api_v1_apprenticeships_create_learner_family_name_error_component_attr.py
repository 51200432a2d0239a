from enum import StrEnum


class ApiV1ApprenticeshipsCreateLearnerFamilyNameErrorComponentAttr(StrEnum):
    LEARNER_FAMILY_NAME = "learner.family_name"

    def __str__(self) -> str:
        return str(self.value)
