from enum import StrEnum


class ApiV1ApprenticeshipsChangesListEpaoErrorComponentAttr(StrEnum):
    EPAO = "epao"

    def __str__(self) -> str:
        return str(self.value)
