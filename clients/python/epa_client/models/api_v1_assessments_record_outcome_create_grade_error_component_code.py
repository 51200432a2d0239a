from enum import StrEnum


class ApiV1AssessmentsRecordOutcomeCreateGradeErrorComponentCode(StrEnum):
    GRADE_NOT_FOR_OUTCOME = "grade_not_for_outcome"
    INVALID_CHOICE = "invalid_choice"
    INVALID_GRADE = "invalid_grade"
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
