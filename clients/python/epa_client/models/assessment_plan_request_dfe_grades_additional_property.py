from enum import StrEnum


class AssessmentPlanRequestDfeGradesAdditionalProperty(StrEnum):
    CREDIT = "Credit"
    DISTINCTION = "Distinction"
    FAIL = "Fail"
    MERIT = "Merit"
    NO_GRADE_AWARDED = "No grade awarded"
    OUTSTANDING = "Outstanding"
    PASS = "Pass"
    PASS_WITH_EXCELLENCE = "Pass with excellence"

    def __str__(self) -> str:
        return str(self.value)
