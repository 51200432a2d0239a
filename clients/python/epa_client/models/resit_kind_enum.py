from enum import StrEnum


class ResitKindEnum(StrEnum):
    RESIT = "resit"
    RETAKE = "retake"

    def __str__(self) -> str:
        return str(self.value)
