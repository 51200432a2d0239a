from enum import StrEnum


class AppealStatusEnum(StrEnum):
    DISMISSED = "dismissed"
    LODGED = "lodged"
    UPHELD = "upheld"

    def __str__(self) -> str:
        return str(self.value)
