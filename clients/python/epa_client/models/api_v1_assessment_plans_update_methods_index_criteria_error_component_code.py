from enum import StrEnum


class ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaErrorComponentCode(StrEnum):
    DISTINCTION_CRITERIA_MISSING = "distinction_criteria_missing"
    MAX_LENGTH = "max_length"
    NOT_A_LIST = "not_a_list"
    NULL = "null"
    PASS_CRITERIA_MISSING = "pass_criteria_missing"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
