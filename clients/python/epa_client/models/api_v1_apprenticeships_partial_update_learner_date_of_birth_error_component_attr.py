from enum import StrEnum


class ApiV1ApprenticeshipsPartialUpdateLearnerDateOfBirthErrorComponentAttr(StrEnum):
    LEARNER_DATE_OF_BIRTH = "learner.date_of_birth"

    def __str__(self) -> str:
        return str(self.value)
