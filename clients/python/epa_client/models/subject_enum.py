from enum import StrEnum


class SubjectEnum(StrEnum):
    ENGLISH = "english"
    MATHS = "maths"

    def __str__(self) -> str:
        return str(self.value)
