from enum import StrEnum


class ApiV1AssessmentsMethodsJudgementsUpdateCriterionErrorComponentCode(StrEnum):
    UNKNOWN_CRITERION = "unknown_criterion"

    def __str__(self) -> str:
        return str(self.value)
