from enum import StrEnum


class ApiV1ApprenticeshipsChangesListUpdatedSinceErrorComponentAttr(StrEnum):
    UPDATED_SINCE = "updated_since"

    def __str__(self) -> str:
        return str(self.value)
