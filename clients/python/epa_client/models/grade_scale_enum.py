from enum import StrEnum


class GradeScaleEnum(StrEnum):
    FAIL_PASS = "fail_pass"
    FAIL_PASS_DISTINCTION = "fail_pass_distinction"

    def __str__(self) -> str:
        return str(self.value)
