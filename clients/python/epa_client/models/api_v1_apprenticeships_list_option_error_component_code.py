from enum import StrEnum


class ApiV1ApprenticeshipsListOptionErrorComponentCode(StrEnum):
    INVALID = "invalid"
    MAX_VALUE = "max_value"

    def __str__(self) -> str:
        return str(self.value)
