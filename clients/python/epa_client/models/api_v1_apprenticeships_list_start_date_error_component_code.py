from enum import StrEnum


class ApiV1ApprenticeshipsListStartDateErrorComponentCode(StrEnum):
    INVALID = "invalid"

    def __str__(self) -> str:
        return str(self.value)
