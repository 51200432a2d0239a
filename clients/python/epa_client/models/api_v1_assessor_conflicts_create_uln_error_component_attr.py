from enum import StrEnum


class ApiV1AssessorConflictsCreateUlnErrorComponentAttr(StrEnum):
    ULN = "uln"

    def __str__(self) -> str:
        return str(self.value)
