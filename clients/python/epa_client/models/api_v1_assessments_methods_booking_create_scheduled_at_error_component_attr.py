from enum import StrEnum


class ApiV1AssessmentsMethodsBookingCreateScheduledAtErrorComponentAttr(StrEnum):
    SCHEDULED_AT = "scheduled_at"

    def __str__(self) -> str:
        return str(self.value)
