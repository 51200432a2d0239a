from enum import StrEnum


class ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponentCode(StrEnum):
    INVALID = "invalid"

    def __str__(self) -> str:
        return str(self.value)
