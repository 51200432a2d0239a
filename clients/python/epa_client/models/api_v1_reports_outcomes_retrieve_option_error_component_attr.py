from enum import StrEnum


class ApiV1ReportsOutcomesRetrieveOptionErrorComponentAttr(StrEnum):
    OPTION = "option"

    def __str__(self) -> str:
        return str(self.value)
