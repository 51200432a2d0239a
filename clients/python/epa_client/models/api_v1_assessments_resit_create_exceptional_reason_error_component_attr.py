from enum import StrEnum


class ApiV1AssessmentsResitCreateExceptionalReasonErrorComponentAttr(StrEnum):
    EXCEPTIONAL_REASON = "exceptional_reason"

    def __str__(self) -> str:
        return str(self.value)
