from enum import StrEnum


class ApiV1LearnersListUlnErrorComponentAttr(StrEnum):
    ULN = "uln"

    def __str__(self) -> str:
        return str(self.value)
