from enum import StrEnum


class ApiV1ReportsResultsRetrieveVersionErrorComponentAttr(StrEnum):
    VERSION = "version"

    def __str__(self) -> str:
        return str(self.value)
