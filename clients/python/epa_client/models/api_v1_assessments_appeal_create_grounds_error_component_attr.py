from enum import StrEnum


class ApiV1AssessmentsAppealCreateGroundsErrorComponentAttr(StrEnum):
    GROUNDS = "grounds"

    def __str__(self) -> str:
        return str(self.value)
