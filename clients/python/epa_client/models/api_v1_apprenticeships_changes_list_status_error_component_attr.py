from enum import StrEnum


class ApiV1ApprenticeshipsChangesListStatusErrorComponentAttr(StrEnum):
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)
