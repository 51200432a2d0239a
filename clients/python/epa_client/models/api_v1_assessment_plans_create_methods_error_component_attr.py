from enum import StrEnum


class ApiV1AssessmentPlansCreateMethodsErrorComponentAttr(StrEnum):
    METHODS = "methods"

    def __str__(self) -> str:
        return str(self.value)
