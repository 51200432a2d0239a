from enum import StrEnum


class ApiV1ApprenticeshipsPartialUpdateStartDateErrorComponentCode(StrEnum):
    DATETIME = "datetime"
    INVALID = "invalid"
    LEARNER_TOO_YOUNG = "learner_too_young"
    LOCKED_AFTER_GATEWAY = "locked_after_gateway"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
