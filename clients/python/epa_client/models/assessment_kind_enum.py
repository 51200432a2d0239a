from enum import StrEnum


class AssessmentKindEnum(StrEnum):
    FIRST = "first"
    RESIT = "resit"
    RETAKE = "retake"

    def __str__(self) -> str:
        return str(self.value)
