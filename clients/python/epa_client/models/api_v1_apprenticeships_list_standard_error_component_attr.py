from enum import StrEnum


class ApiV1ApprenticeshipsListStandardErrorComponentAttr(StrEnum):
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
