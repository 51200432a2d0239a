from enum import StrEnum


class ApiV1StandardsListLevelErrorComponentAttr(StrEnum):
    LEVEL = "level"

    def __str__(self) -> str:
        return str(self.value)
