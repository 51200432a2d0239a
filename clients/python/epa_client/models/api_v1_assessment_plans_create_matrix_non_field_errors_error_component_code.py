from enum import StrEnum


class ApiV1AssessmentPlansCreateMatrixNonFieldErrorsErrorComponentCode(StrEnum):
    NOT_A_LIST = "not_a_list"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
