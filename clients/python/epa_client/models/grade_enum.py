from enum import StrEnum


class GradeEnum(StrEnum):
    DISTINCTION = "distinction"
    FAIL = "fail"
    PASS = "pass"

    def __str__(self) -> str:
        return str(self.value)
