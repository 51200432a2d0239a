from enum import StrEnum


class ApiDfeV1EpaCreateINDEXEpaDetailsEpasNonFieldErrorsErrorComponentCode(StrEnum):
    NOT_A_LIST = "not_a_list"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
