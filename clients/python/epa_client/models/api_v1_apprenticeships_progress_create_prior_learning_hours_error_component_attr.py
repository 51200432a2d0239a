from enum import StrEnum


class ApiV1ApprenticeshipsProgressCreatePriorLearningHoursErrorComponentAttr(StrEnum):
    PRIOR_LEARNING_HOURS = "prior_learning_hours"

    def __str__(self) -> str:
        return str(self.value)
