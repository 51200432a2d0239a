from enum import StrEnum


class ApiV1AssessmentPlansCreateDfeGradesErrorComponentCode(StrEnum):
    INVALID = "invalid"
    INVALID_DFE_GRADE = "invalid_dfe_grade"
    NULL = "null"
    UNKNOWN_GRADE = "unknown_grade"

    def __str__(self) -> str:
        return str(self.value)
