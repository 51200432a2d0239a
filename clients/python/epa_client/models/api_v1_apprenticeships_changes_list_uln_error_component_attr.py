from enum import StrEnum


class ApiV1ApprenticeshipsChangesListUlnErrorComponentAttr(StrEnum):
    ULN = "uln"

    def __str__(self) -> str:
        return str(self.value)
