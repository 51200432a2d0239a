from enum import StrEnum


class ApiV1ApprenticeshipsChangesListOptionErrorComponentAttr(StrEnum):
    OPTION = "option"

    def __str__(self) -> str:
        return str(self.value)
