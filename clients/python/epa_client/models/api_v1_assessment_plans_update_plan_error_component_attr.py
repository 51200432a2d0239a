from enum import StrEnum


class ApiV1AssessmentPlansUpdatePlanErrorComponentAttr(StrEnum):
    PLAN = "plan"

    def __str__(self) -> str:
        return str(self.value)
