from enum import StrEnum


class ApiV1AssessmentsMethodsBookingCreateScheduledAtErrorComponentCode(StrEnum):
    DATE = "date"
    INVALID = "invalid"
    MAKE_AWARE = "make_aware"
    NULL = "null"
    OUTSIDE_EPA_PERIOD = "outside_epa_period"
    OVERFLOW = "overflow"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
