from enum import StrEnum


class ApiV1ReportsOutcomesRetrieveFormat(StrEnum):
    CSV = "csv"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
