from enum import StrEnum


class GradeEnum(StrEnum):
    CREDIT = "credit"
    DISTINCTION = "distinction"
    EXCELLENCE = "excellence"
    FAIL = "fail"
    MERIT = "merit"
    OUTSTANDING = "outstanding"
    PASS = "pass"

    def __str__(self) -> str:
        return str(self.value)
