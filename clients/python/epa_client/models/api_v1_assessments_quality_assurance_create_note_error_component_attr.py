from enum import StrEnum


class ApiV1AssessmentsQualityAssuranceCreateNoteErrorComponentAttr(StrEnum):
    NOTE = "note"

    def __str__(self) -> str:
        return str(self.value)
