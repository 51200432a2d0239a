from enum import StrEnum


class ApiV1AssessorConflictsCreateAssessorErrorComponentCode(StrEnum):
    DOES_NOT_EXIST = "does_not_exist"
    INVALID = "invalid"
    NOT_AN_ASSESSOR = "not_an_assessor"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
