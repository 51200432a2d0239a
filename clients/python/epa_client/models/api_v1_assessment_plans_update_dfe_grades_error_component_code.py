from enum import StrEnum


class ApiV1AssessmentPlansUpdateDfeGradesErrorComponentCode(StrEnum):
    INVALID = "invalid"
    INVALID_DFE_GRADE = "invalid_dfe_grade"
    NULL = "null"
    UNKNOWN_GRADE = "unknown_grade"

    def __str__(self) -> str:
        return str(self.value)
