from enum import StrEnum


class ApiV1ApprenticeshipsListStatusErrorComponentCode(StrEnum):
    INVALID_CHOICE = "invalid_choice"

    def __str__(self) -> str:
        return str(self.value)
