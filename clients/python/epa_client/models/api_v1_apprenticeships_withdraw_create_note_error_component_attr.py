from enum import StrEnum


class ApiV1ApprenticeshipsWithdrawCreateNoteErrorComponentAttr(StrEnum):
    NOTE = "note"

    def __str__(self) -> str:
        return str(self.value)
