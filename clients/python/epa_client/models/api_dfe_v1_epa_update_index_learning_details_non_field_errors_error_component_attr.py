from enum import StrEnum


class ApiDfeV1EpaUpdateINDEXLearningDetailsNonFieldErrorsErrorComponentAttr(StrEnum):
    INDEX_LEARNINGDETAILS_NON_FIELD_ERRORS = "INDEX.learningDetails.non_field_errors"

    def __str__(self) -> str:
        return str(self.value)
