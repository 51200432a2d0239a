from enum import StrEnum


class ApiV1AssessmentsMethodsJudgementsUpdateMetErrorComponentAttr(StrEnum):
    MET = "met"

    def __str__(self) -> str:
        return str(self.value)
