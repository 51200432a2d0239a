from enum import StrEnum


class GradingMatrixRowMethodGradesAdditionalProperty(StrEnum):
    DISTINCTION = "distinction"
    FAIL = "fail"
    PASS = "pass"

    def __str__(self) -> str:
        return str(self.value)
