from enum import StrEnum


class ApiV1AssessmentsMethodsJudgementsUpdateCriterionErrorComponentAttr(StrEnum):
    CRITERION = "criterion"

    def __str__(self) -> str:
        return str(self.value)
