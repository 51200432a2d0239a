from enum import StrEnum


class ApiDfeV1EpaUpdateINDEXLearnerNonFieldErrorsErrorComponentAttr(StrEnum):
    INDEX_LEARNER_NON_FIELD_ERRORS = "INDEX.learner.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
