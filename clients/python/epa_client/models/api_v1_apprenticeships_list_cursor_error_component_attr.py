from enum import StrEnum


class ApiV1ApprenticeshipsListCursorErrorComponentAttr(StrEnum):
    CURSOR = "cursor"

    def __str__(self) -> str:
        return str(self.value)
