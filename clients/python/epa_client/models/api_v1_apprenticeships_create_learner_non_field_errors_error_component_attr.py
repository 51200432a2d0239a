from enum import StrEnum


class ApiV1ApprenticeshipsCreateLearnerNonFieldErrorsErrorComponentAttr(StrEnum):
    LEARNER_NON_FIELD_ERRORS = "learner.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
