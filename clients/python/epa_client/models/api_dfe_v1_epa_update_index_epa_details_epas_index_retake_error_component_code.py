from enum import StrEnum


class ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXRetakeErrorComponentCode(StrEnum):
    INVALID = "invalid"

    def __str__(self) -> str:
        return str(self.value)
