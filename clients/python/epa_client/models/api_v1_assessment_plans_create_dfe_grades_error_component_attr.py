from enum import StrEnum


class ApiV1AssessmentPlansCreateDfeGradesErrorComponentAttr(StrEnum):
    DFE_GRADES = "dfe_grades"

    def __str__(self) -> str:
        return str(self.value)
