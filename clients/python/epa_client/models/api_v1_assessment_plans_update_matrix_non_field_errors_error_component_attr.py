from enum import StrEnum


class ApiV1AssessmentPlansUpdateMatrixNonFieldErrorsErrorComponentAttr(StrEnum):
    MATRIX_NON_FIELD_ERRORS = "matrix.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
