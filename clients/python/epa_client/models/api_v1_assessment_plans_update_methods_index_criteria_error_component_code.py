from enum import StrEnum


class ApiV1AssessmentPlansUpdateMethodsINDEXCriteriaErrorComponentCode(StrEnum):
    CREDIT_CRITERIA_MISSING = "credit_criteria_missing"
    DISTINCTION_CRITERIA_MISSING = "distinction_criteria_missing"
    EXCELLENCE_CRITERIA_MISSING = "excellence_criteria_missing"
    MAX_LENGTH = "max_length"
    MERIT_CRITERIA_MISSING = "merit_criteria_missing"
    NOT_A_LIST = "not_a_list"
    NULL = "null"
    OUTSTANDING_CRITERIA_MISSING = "outstanding_criteria_missing"
    PASS_CRITERIA_MISSING = "pass_criteria_missing"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
