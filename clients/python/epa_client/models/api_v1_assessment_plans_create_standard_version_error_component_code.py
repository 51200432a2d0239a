from enum import StrEnum


class ApiV1AssessmentPlansCreateStandardVersionErrorComponentCode(StrEnum):
    CANNOT_CHANGE = "cannot_change"
    DOES_NOT_EXIST = "does_not_exist"
    INVALID = "invalid"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
