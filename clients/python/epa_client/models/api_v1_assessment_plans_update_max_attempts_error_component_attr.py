from enum import StrEnum


class ApiV1AssessmentPlansUpdateMaxAttemptsErrorComponentAttr(StrEnum):
    MAX_ATTEMPTS = "max_attempts"

    def __str__(self) -> str:
        return str(self.value)
