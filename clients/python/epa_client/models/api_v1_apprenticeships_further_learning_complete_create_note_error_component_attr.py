from enum import StrEnum


class ApiV1ApprenticeshipsFurtherLearningCompleteCreateNoteErrorComponentAttr(StrEnum):
    NOTE = "note"

    def __str__(self) -> str:
        return str(self.value)
