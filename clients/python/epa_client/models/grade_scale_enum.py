from enum import StrEnum


class GradeScaleEnum(StrEnum):
    FAIL_PASS = "fail_pass"
    FAIL_PASS_CREDIT_MERIT_DISTINCTION = "fail_pass_credit_merit_distinction"
    FAIL_PASS_DISTINCTION = "fail_pass_distinction"
    FAIL_PASS_DISTINCTION_OUTSTANDING = "fail_pass_distinction_outstanding"
    FAIL_PASS_EXCELLENCE = "fail_pass_excellence"
    FAIL_PASS_MERIT_DISTINCTION = "fail_pass_merit_distinction"

    def __str__(self) -> str:
        return str(self.value)
