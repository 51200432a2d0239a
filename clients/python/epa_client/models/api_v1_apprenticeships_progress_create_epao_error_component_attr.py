from enum import StrEnum


class ApiV1ApprenticeshipsProgressCreateEpaoErrorComponentAttr(StrEnum):
    EPAO = "epao"

    def __str__(self) -> str:
        return str(self.value)
