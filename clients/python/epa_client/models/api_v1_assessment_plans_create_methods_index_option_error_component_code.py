from enum import StrEnum


class ApiV1AssessmentPlansCreateMethodsINDEXOptionErrorComponentCode(StrEnum):
    DOES_NOT_EXIST = "does_not_exist"
    INCORRECT_TYPE = "incorrect_type"
    OPTION_NOT_IN_VERSION = "option_not_in_version"

    def __str__(self) -> str:
        return str(self.value)
