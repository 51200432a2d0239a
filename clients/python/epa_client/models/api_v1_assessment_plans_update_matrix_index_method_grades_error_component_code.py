from enum import StrEnum


class ApiV1AssessmentPlansUpdateMatrixINDEXMethodGradesErrorComponentCode(StrEnum):
    GRADE_NOT_IN_SCALE = "grade_not_in_scale"
    INVALID = "invalid"
    MATRIX_DUPLICATE_ROW = "matrix_duplicate_row"
    METHODS_MISMATCH = "methods_mismatch"
    NOT_A_DICT = "not_a_dict"
    NULL = "null"
    REQUIRED = "required"
    UNKNOWN_METHOD = "unknown_method"

    def __str__(self) -> str:
        return str(self.value)
