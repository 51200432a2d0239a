from enum import StrEnum


class ApiV1AssessmentPlansCreateMatrixINDEXOverallGradeErrorComponentCode(StrEnum):
    FAILED_METHOD_NOT_OVERALL_FAIL = "failed_method_not_overall_fail"
    INVALID_CHOICE = "invalid_choice"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
