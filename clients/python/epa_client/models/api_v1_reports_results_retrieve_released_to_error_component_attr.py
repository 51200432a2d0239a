from enum import StrEnum


class ApiV1ReportsResultsRetrieveReleasedToErrorComponentAttr(StrEnum):
    RELEASED_TO = "released_to"

    def __str__(self) -> str:
        return str(self.value)
