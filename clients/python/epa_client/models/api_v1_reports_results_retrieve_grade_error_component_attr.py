from enum import StrEnum


class ApiV1ReportsResultsRetrieveGradeErrorComponentAttr(StrEnum):
    GRADE = "grade"

    def __str__(self) -> str:
        return str(self.value)
