from enum import StrEnum


class ApiV1ReportsOutcomesRetrievePeriodErrorComponentAttr(StrEnum):
    PERIOD = "period"

    def __str__(self) -> str:
        return str(self.value)
