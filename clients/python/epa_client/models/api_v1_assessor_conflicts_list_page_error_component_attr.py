from enum import StrEnum


class ApiV1AssessorConflictsListPageErrorComponentAttr(StrEnum):
    PAGE = "page"

    def __str__(self) -> str:
        return str(self.value)
