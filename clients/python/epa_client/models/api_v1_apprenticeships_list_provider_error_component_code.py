from enum import StrEnum


class ApiV1ApprenticeshipsListProviderErrorComponentCode(StrEnum):
    INVALID = "invalid"
    MAX_VALUE = "max_value"

    def __str__(self) -> str:
        return str(self.value)
