from enum import StrEnum


class ApiV1AssessmentPlansCreateMatrixErrorComponentAttr(StrEnum):
    MATRIX = "matrix"

    def __str__(self) -> str:
        return str(self.value)
