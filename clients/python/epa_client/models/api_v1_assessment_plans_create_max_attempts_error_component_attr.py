from enum import StrEnum


class ApiV1AssessmentPlansCreateMaxAttemptsErrorComponentAttr(StrEnum):
    MAX_ATTEMPTS = "max_attempts"

    def __str__(self) -> str:
        return str(self.value)
