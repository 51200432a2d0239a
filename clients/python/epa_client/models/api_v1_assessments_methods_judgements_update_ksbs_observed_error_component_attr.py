from enum import StrEnum


class ApiV1AssessmentsMethodsJudgementsUpdateKsbsObservedErrorComponentAttr(StrEnum):
    KSBS_OBSERVED = "ksbs_observed"

    def __str__(self) -> str:
        return str(self.value)
