from enum import StrEnum


class ApiV1ApprenticeshipsProgressCreatePriorLearningNoteErrorComponentAttr(StrEnum):
    PRIOR_LEARNING_NOTE = "prior_learning_note"

    def __str__(self) -> str:
        return str(self.value)
