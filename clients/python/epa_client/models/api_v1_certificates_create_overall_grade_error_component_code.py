from enum import StrEnum


class ApiV1CertificatesCreateOverallGradeErrorComponentCode(StrEnum):
    FAIL_GRADE = "fail_grade"
    INVALID_CHOICE = "invalid_choice"
    INVALID_GRADE = "invalid_grade"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
