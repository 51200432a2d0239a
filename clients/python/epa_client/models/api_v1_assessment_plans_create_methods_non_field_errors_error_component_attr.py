from enum import StrEnum


class ApiV1AssessmentPlansCreateMethodsNonFieldErrorsErrorComponentAttr(StrEnum):
    METHODS_NON_FIELD_ERRORS = "methods.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
