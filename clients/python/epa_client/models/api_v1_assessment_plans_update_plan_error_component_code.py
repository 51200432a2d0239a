from enum import StrEnum


class ApiV1AssessmentPlansUpdatePlanErrorComponentCode(StrEnum):
    PLAN_IN_USE = "plan_in_use"

    def __str__(self) -> str:
        return str(self.value)
