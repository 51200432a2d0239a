from enum import StrEnum


class ApiV1AssessmentsAppealCreateMethodErrorComponentAttr(StrEnum):
    METHOD = "method"

    def __str__(self) -> str:
        return str(self.value)
