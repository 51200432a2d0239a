from enum import StrEnum


class ApiV1AssessmentPlansCreateDfeGradesKEYErrorComponentAttr(StrEnum):
    DFE_GRADES_KEY = "dfe_grades.KEY"

    def __str__(self) -> str:
        return str(self.value)
