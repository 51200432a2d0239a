from enum import StrEnum


class ApiV1AssessmentPlansUpdateMatrixErrorComponentCode(StrEnum):
    MATRIX_INCOMPLETE = "matrix_incomplete"
    MAX_LENGTH = "max_length"
    NOT_A_LIST = "not_a_list"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
