from enum import StrEnum


class ApiV1ReportsResultsRetrieveReleasedFromErrorComponentAttr(StrEnum):
    RELEASED_FROM = "released_from"

    def __str__(self) -> str:
        return str(self.value)
