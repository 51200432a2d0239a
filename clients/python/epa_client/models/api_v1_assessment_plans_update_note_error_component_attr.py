from enum import StrEnum


class ApiV1AssessmentPlansUpdateNoteErrorComponentAttr(StrEnum):
    NOTE = "note"

    def __str__(self) -> str:
        return str(self.value)
