from enum import StrEnum


class ApiV1AssessmentsListPageErrorComponentAttr(StrEnum):
    PAGE = "page"

    def __str__(self) -> str:
        return str(self.value)
