from enum import StrEnum


class ApiV1AssessmentPlansCreateMethodsErrorComponentCode(StrEnum):
    EMPTY = "empty"
    KSB_NOT_ASSESSED = "ksb_not_assessed"
    MAX_LENGTH = "max_length"
    METHODS_REQUIRED = "methods_required"
    NOT_A_LIST = "not_a_list"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
