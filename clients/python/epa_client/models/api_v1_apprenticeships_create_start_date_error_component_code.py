from enum import StrEnum


class ApiV1ApprenticeshipsCreateStartDateErrorComponentCode(StrEnum):
    DATETIME = "datetime"
    INVALID = "invalid"
    LEARNER_TOO_YOUNG = "learner_too_young"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
