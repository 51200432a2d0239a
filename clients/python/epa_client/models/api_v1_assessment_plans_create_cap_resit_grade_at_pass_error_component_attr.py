from enum import StrEnum


class ApiV1AssessmentPlansCreateCapResitGradeAtPassErrorComponentAttr(StrEnum):
    CAP_RESIT_GRADE_AT_PASS = "cap_resit_grade_at_pass"

    def __str__(self) -> str:
        return str(self.value)
