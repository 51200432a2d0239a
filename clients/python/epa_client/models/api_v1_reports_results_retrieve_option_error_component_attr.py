from enum import StrEnum


class ApiV1ReportsResultsRetrieveOptionErrorComponentAttr(StrEnum):
    OPTION = "option"

    def __str__(self) -> str:
        return str(self.value)
