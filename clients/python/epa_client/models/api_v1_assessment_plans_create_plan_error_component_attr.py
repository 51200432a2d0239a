from enum import StrEnum


class ApiV1AssessmentPlansCreatePlanErrorComponentAttr(StrEnum):
    PLAN = "plan"

    def __str__(self) -> str:
        return str(self.value)
