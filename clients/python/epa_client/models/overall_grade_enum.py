from enum import StrEnum


class OverallGradeEnum(StrEnum):
    DISTINCTION = "distinction"
    FAIL = "fail"
    PASS = "pass"

    def __str__(self) -> str:
        return str(self.value)
