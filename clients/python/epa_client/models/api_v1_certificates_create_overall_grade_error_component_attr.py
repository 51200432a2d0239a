from enum import StrEnum


class ApiV1CertificatesCreateOverallGradeErrorComponentAttr(StrEnum):
    OVERALL_GRADE = "overall_grade"

    def __str__(self) -> str:
        return str(self.value)
