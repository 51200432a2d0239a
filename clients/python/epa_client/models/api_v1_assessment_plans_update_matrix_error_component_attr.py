from enum import StrEnum


class ApiV1AssessmentPlansUpdateMatrixErrorComponentAttr(StrEnum):
    MATRIX = "matrix"

    def __str__(self) -> str:
        return str(self.value)
