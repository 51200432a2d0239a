from enum import StrEnum


class ApiV1AssessmentsQualityAssuranceCreateChangesINDEXGradeErrorComponentCode(StrEnum):
    GRADE_NOT_IN_SCALE = "grade_not_in_scale"
    INVALID_CHOICE = "invalid_choice"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
