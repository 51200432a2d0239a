from enum import StrEnum


class ApiV1LearnersListUpdatedSinceErrorComponentCode(StrEnum):
    INVALID = "invalid"

    def __str__(self) -> str:
        return str(self.value)
