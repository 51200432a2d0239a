from enum import StrEnum


class ApiV1StandardsListHasOptionsErrorComponentAttr(StrEnum):
    HAS_OPTIONS = "has_options"

    def __str__(self) -> str:
        return str(self.value)
