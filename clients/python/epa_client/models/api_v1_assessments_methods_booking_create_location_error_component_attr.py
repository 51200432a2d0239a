from enum import StrEnum


class ApiV1AssessmentsMethodsBookingCreateLocationErrorComponentAttr(StrEnum):
    LOCATION = "location"

    def __str__(self) -> str:
        return str(self.value)
