from enum import StrEnum


class ApiV1ReportsResultsRetrieveStandardErrorComponentAttr(StrEnum):
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
