from enum import StrEnum


class ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponentAttr(StrEnum):
    EPAO = "epao"

    def __str__(self) -> str:
        return str(self.value)
