from enum import StrEnum


class ApiV1AssessmentPlansUpdateTitleErrorComponentAttr(StrEnum):
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
