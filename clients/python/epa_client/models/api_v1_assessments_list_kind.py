from enum import StrEnum


class ApiV1AssessmentsListKind(StrEnum):
    FIRST = "first"
    RESIT = "resit"
    RETAKE = "retake"

    def __str__(self) -> str:
        return str(self.value)
