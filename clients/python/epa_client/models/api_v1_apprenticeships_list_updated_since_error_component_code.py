from enum import StrEnum


class ApiV1ApprenticeshipsListUpdatedSinceErrorComponentCode(StrEnum):
    INVALID = "invalid"

    def __str__(self) -> str:
        return str(self.value)
