from enum import StrEnum


class ApiV1LearnersListCursorErrorComponentAttr(StrEnum):
    CURSOR = "cursor"

    def __str__(self) -> str:
        return str(self.value)
