from enum import StrEnum


class GradingMatrixRowRequestMethodGradesAdditionalProperty(StrEnum):
    CREDIT = "credit"
    DISTINCTION = "distinction"
    EXCELLENCE = "excellence"
    FAIL = "fail"
    MERIT = "merit"
    OUTSTANDING = "outstanding"
    PASS = "pass"

    def __str__(self) -> str:
        return str(self.value)
