from enum import StrEnum


class ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXKsbsErrorComponentCode(StrEnum):
    MAX_LENGTH = "max_length"
    NOT_A_LIST = "not_a_list"
    NULL = "null"
    REQUIRED = "required"
    UNKNOWN_KSB = "unknown_ksb"

    def __str__(self) -> str:
        return str(self.value)
