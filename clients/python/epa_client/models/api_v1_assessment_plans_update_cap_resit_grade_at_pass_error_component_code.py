from enum import StrEnum


class ApiV1AssessmentPlansUpdateCapResitGradeAtPassErrorComponentCode(StrEnum):
    INVALID = "invalid"
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
