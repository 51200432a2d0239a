from enum import StrEnum


class ApiV1ApprenticeshipsGatewayCreatePriorLearningReductionHoursErrorComponentAttr(StrEnum):
    PRIOR_LEARNING_REDUCTION_HOURS = "prior_learning_reduction_hours"

    def __str__(self) -> str:
        return str(self.value)
