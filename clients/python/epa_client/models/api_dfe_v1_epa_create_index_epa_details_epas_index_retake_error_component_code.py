from enum import StrEnum


class ApiDfeV1EpaCreateINDEXEpaDetailsEpasINDEXRetakeErrorComponentCode(StrEnum):
    INVALID = "invalid"

    def __str__(self) -> str:
        return str(self.value)
