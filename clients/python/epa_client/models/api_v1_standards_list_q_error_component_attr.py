from enum import StrEnum


class ApiV1StandardsListQErrorComponentAttr(StrEnum):
    Q = "q"

    def __str__(self) -> str:
        return str(self.value)
