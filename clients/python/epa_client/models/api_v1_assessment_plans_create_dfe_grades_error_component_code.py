from enum import StrEnum


class ApiV1AssessmentPlansCreateDfeGradesErrorComponentCode(StrEnum):
    INVALID = "invalid"
    INVALID_DFE_GRADE = "invalid_dfe_grade"
    NOT_A_DICT = "not_a_dict"
    NULL = "null"
    UNKNOWN_GRADE = "unknown_grade"

    def __str__(self) -> str:
        return str(self.value)
