from enum import StrEnum


class ApiV1AssessmentsRecordOutcomeCreateGradeErrorComponentAttr(StrEnum):
    GRADE = "grade"

    def __str__(self) -> str:
        return str(self.value)
