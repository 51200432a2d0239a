from enum import StrEnum


class ApiV1AssessmentsAppealsDecisionCreateDecisionErrorComponentAttr(StrEnum):
    DECISION = "decision"

    def __str__(self) -> str:
        return str(self.value)
