from enum import StrEnum


class ApiV1StandardsListPageErrorComponentAttr(StrEnum):
    PAGE = "page"

    def __str__(self) -> str:
        return str(self.value)
